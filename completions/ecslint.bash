# bash completion for ecslint                                   -*- shell-script -*-
# Installed as share/bash-completion/completions/ecslint; or `source` this file.
# Rule ids come from `ecslint rules`, so they always match the installed binary.

_ecslint_rule_ids() {
  ecslint rules 2>/dev/null | cut -d' ' -f1
}

_ecslint() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="check rules explain schema init"
  local flags="-f --format -o --output --kind --enable --disable --error --warning --note
    --failure-threshold --exit-zero --color --stdin-filename -c --config --no-config
    --force-exclude --snippet --root --sarif-category --baseline --write-baseline
    --include-suppressed --task-definition -j --jobs --max-file-size -h --help"
  COMPREPLY=()

  # The subcommand, if one was typed before the current word.
  local sub="" w
  for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case $w in check|rules|explain|schema|init) sub=$w; break ;; esac
  done

  case $prev in
    -f|--format)
      if [ "$sub" = rules ]; then
        COMPREPLY=($(compgen -W "text json markdown" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "text json sarif github gitlab" -- "$cur"))
      fi
      return ;;
    --kind) COMPREPLY=($(compgen -W "task-definition service appspec container-definitions terraform-plan cloudformation" -- "$cur")); return ;;
    --failure-threshold) COMPREPLY=($(compgen -W "error warning note none" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --enable|--disable|--error|--warning|--note)
      # A comma-separated list: complete the id after the last comma.
      local done_ids="" last=$cur
      if [[ $cur == *,* ]]; then done_ids=${cur%,*},; last=${cur##*,}; fi
      COMPREPLY=($(compgen -P "$done_ids" -W "$(_ecslint_rule_ids)" -- "$last"))
      return ;;
    -o|--output|-c|--config|--baseline|--write-baseline|--stdin-filename|--task-definition)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
    --root)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -d -- "$cur"))
      return ;;
    --sarif-category) return ;;
  esac

  case $sub in
    rules) COMPREPLY=($(compgen -W "--format" -- "$cur")) ;;
    explain) COMPREPLY=($(compgen -W "$(_ecslint_rule_ids)" -- "$cur")) ;;
    schema) COMPREPLY=($(compgen -W "task-definition service appspec config" -- "$cur")) ;;
    init) ;;
    *)
      if [[ $cur == -* ]]; then
        local extra=""
        [ -z "$sub" ] && extra="-V --version"
        COMPREPLY=($(compgen -W "$flags $extra" -- "$cur"))
      else
        compopt -o filenames 2>/dev/null
        [ -z "$sub" ] && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        COMPREPLY+=($(compgen -f -- "$cur"))
      fi ;;
  esac
}

complete -F _ecslint ecslint
