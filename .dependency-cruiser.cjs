// The architecture rules of the project (see README "Architecture"), checked on every test run.
// Paths match with `(^|/)src/` so the same rules also judge the violating fixtures in
// tests/fixtures/architecture, which prove each rule can fail.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-shell-and-preload',
      comment: "Only src/main/shell and src/preload may import 'electron': everything else runs under plain Node. (src/core has its own, stricter rule below.)",
      severity: 'error',
      from: { path: '(^|/)src/', pathNot: ['(^|/)src/main/shell/', '(^|/)src/preload/', '(^|/)src/core/'] },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'renderer-never-imports-main',
      comment: 'The renderer talks to the main process through window.vps only.',
      severity: 'error',
      from: { path: '(^|/)src/renderer/' },
      to: { path: '(^|/)src/(main|preload|cli)/' },
    },
    {
      name: 'shared-imports-no-node',
      comment: 'src/shared is pure TypeScript: no Node built-in.',
      severity: 'error',
      from: { path: '(^|/)src/shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-imports-no-process-code',
      comment: 'src/shared imports nothing of main, preload, renderer, cli, Electron or DOM-only libraries.',
      severity: 'error',
      from: { path: '(^|/)src/shared/', pathNot: '\\.test\\.ts$' },
      to: { path: ['(^|/)src/(main|preload|renderer|cli)/', '^(electron|svelte)', 'node_modules/(electron|svelte|keytar|undici|proper-lockfile)/'] },
    },
    {
      name: 'core-imports-no-process-code',
      comment: 'src/core is the headless engine, plain Node, used by main and the cli alike: no Electron, nothing of main, cli, renderer or preload.',
      severity: 'error',
      from: { path: '(^|/)src/core/' },
      to: { path: ['(^|/)src/(main|cli|renderer|preload)/', '^electron$', 'node_modules/electron/'] },
    },
    {
      name: 'cli-never-imports-main',
      comment: 'The vps command runs over src/core, without the Electron main process.',
      severity: 'error',
      from: { path: '(^|/)src/cli/' },
      to: { path: '(^|/)src/main/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only imports included: a type two modules share gets a module of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)out/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.svelte', '.mjs', '.cjs', '.json'] },
  },
};
