/**
 * The Astro integration that writes the dataset files the pages handed over
 * (file-output.ts) into dist/ when the build is done, and logs where the build spent its
 * time on data (build-clock.ts). Glue that runs only inside Astro's build: the browser
 * tests cover it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataTimesLine, timed } from './build-clock.ts';
import { writeDatasetFiles } from './file-output.ts';

export function datasetFiles(): AstroIntegration {
  return {
    name: 'zq-dataset-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${timed('write', () => writeDatasetFiles(fileURLToPath(dir)))} 个数据文件`);
        logger.info(dataTimesLine());
      },
    },
  };
}
