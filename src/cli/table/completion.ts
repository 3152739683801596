// vps completion bash|zsh|fish: a completion script from this table, and the hidden helper the
// scripts call for cached names.
import { NAME_KINDS, lazyRuns, type CommandSpec } from '../command-spec';
import { SHELLS } from '../completion/shells';

const run = lazyRuns(() => import('../commands/completion'));

const INSTALL = [
  'Install it once for your shell:',
  '  bash  vps completion bash > ~/.local/share/bash-completion/completions/vps   (needs the bash-completion package)',
  '  zsh   mkdir -p ~/.zfunc && vps completion zsh > ~/.zfunc/_vps',
  '        and in ~/.zshrc, before compinit: fpath=(~/.zfunc $fpath)',
  '  fish  vps completion fish > ~/.config/fish/completions/vps.fish',
  'or load it in every new shell: source <(vps completion bash) in ~/.bashrc, or source <(vps completion zsh) in ~/.zshrc after compinit.',
  'Then start a new shell. Server, domain and zone names come from the app’s cache of what it last listed; completing never calls the API.',
].join('\n');

export const COMPLETION_COMMANDS: CommandSpec[] = [
  {
    path: ['completion'],
    usage: 'bash|zsh|fish',
    summary: 'Print the shell completion script for bash, zsh or fish: commands, options and their values, and server, domain and zone names.',
    details: INSTALL,
    positionals: [{ name: 'SHELL', values: { choices: SHELLS } }],
    local: true,
    load: run('completion'),
  },
  {
    path: ['__complete'],
    usage: 'servers|domains|zones',
    summary: 'The names the completion scripts offer, from the cache the app keeps, one a line.',
    positionals: [{ name: 'KIND', values: { choices: NAME_KINDS } }],
    hidden: true,
    local: true,
    load: run('names'),
  },
];
