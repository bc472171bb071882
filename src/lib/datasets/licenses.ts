/** Licenses a dataset may declare, with the names and links shown to readers. */
export const LICENSES = {
  'CC-BY-4.0': {
    title: '知识共享 署名 4.0 国际（CC BY 4.0）',
    path: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  },
  'CC0-1.0': {
    title: '知识共享 CC0 1.0 公有领域贡献',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/deed.zh-hans',
  },
} as const;

export type LicenseId = keyof typeof LICENSES;
