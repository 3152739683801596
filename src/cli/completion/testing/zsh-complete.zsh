# Completes command lines in a real interactive zsh, in a pseudo-terminal, by typing each one and
# a Tab: compsys calls the function the script registered, as it would for a person. Prints the
# matches zsh offers for each line, one a line, and VPS_END after each line's matches.
# A read waits for its marker; the caller's timeout ends a shell that never writes it.
#   zsh -f zsh-complete.zsh SCRIPT source|fpath LINE...
zmodload zsh/zpty || exit 3
local script=$1 mode=$2 out='' line
local here=${0:A:h}
shift 2

zpty vps zsh -f -i || exit 3
zpty -w vps "source ${(q)here}/zsh-capture.zsh ${(q)script} ${(q)mode}"
zpty -r vps out '*VPS_READY*' || exit 4
for line in "$@"; do
  zpty -w -n vps "$line"$'\t'
  zpty -r vps out '*VPS_COMPLETION_DONE*' || exit 5
  print -rl -- ${${(M)${(f)out//$'\r'/}:#*VPS_MATCH:*}##*VPS_MATCH:} VPS_END
  # Ctrl-U empties the line for the next one.
  zpty -w -n vps $'\C-u'
done
zpty -d vps
