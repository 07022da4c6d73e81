#!/usr/bin/env node
// The uc-runbook command. The code is TypeScript run by Node's type stripping, which needs
// Node 22.18 or newer; the project pins Node 24 (npx uc-runbook / npm run use it).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `uc-runbook needs Node 22.18 or newer (this is ${process.version}). Run it as "npx uc-runbook" inside the project, which uses the Node 24 it pins.\n`,
  );
  process.exit(2);
}
const { run } = await import('../src/cli/main.ts');
// Output piped into a program that stops reading (uc-runbook plan x | head) ends quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
const readStdin = async () => {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
};
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  today,
});
