/**
 * A reader of GitHub Actions workflow commands written from GitHub's rules (not from the code
 * under test): `::name key=value,key=value::message`; in properties %25 %0D %0A %3A %2C, in the
 * message %25 %0D %0A stand for % CR LF : , — decoded in one pass, so "%253A" is "%3A".
 */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return undefined;
  const decode = (s: string, codes: Record<string, string>) => s.replace(/%(25|0D|0A|3A|2C)/g, (m, c: string) => codes[c] ?? m);
  const data = { '25': '%', '0D': '\r', '0A': '\n' };
  const property = { ...data, '3A': ':', '2C': ',' };
  const properties = Object.fromEntries(
    (match[2] ?? '').split(',').filter(Boolean).map((kv) => {
      const eq = kv.indexOf('=');
      return [kv.slice(0, eq), decode(kv.slice(eq + 1), property)];
    }),
  );
  return { command: match[1]!, properties, message: decode(match[3]!, data) };
}
