# Sourced by the interactive zsh that zsh-complete.zsh drives: compsys with the completion script
# under test ($1) loaded the way ~/.zshrc would ($2: "source" it after compinit, or "fpath": put
# its folder in $fpath before compinit, the file being named _vps), and a compadd that also
# prints each match it adds, so the driver can read what zsh would offer.
# compinit keeps its dump in $HOME (a test's own folder), one per way of loading.
PROMPT=''
autoload -Uz compinit
if [[ $2 == fpath ]]; then
  fpath=(${1:h} $fpath)
  compinit -u -d ~/.zcompdump-fpath
else
  compinit -u -d ~/.zcompdump-source
  source "$1"
fi

compadd() {
  # Calls that only compute matches into an array (-O, -A, -D) add nothing: pass them through.
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
    builtin compadd "$@"
    return
  fi
  local -a matches
  builtin compadd -A matches "$@"
  (( $#matches )) && print -rl -- ${matches/#/VPS_MATCH:}
  builtin compadd "$@"
}
# Tab completes as usual, then says it is done (compsys empties comppostfuncs after each use).
_vps_capture_done() { print -r -- VPS_COMPLETION_DONE }
_vps_capture_complete() {
  comppostfuncs=(_vps_capture_done)
  _main_complete "$@"
}
zle -C vps-capture-complete complete-word _vps_capture_complete
bindkey '^I' vps-capture-complete
print -r -- VPS_READY
