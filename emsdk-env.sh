# Source this file: puts emcc/em++ on PATH and sets what emscripten needs.
#   . ./emsdk-env.sh
# Works with an emsdk checkout ($EMSDK, ./emsdk or ~/emsdk) and with Debian's
# emscripten package. Sets EMSCRIPTEN_ROOT, which CMakePresets.json uses to
# find the toolchain file.
#
# Debian's package ships a prebuilt, frozen cache in
# /usr/share/emscripten/cache; EM_CACHE is deliberately left alone (pointing
# it at an empty folder fails with FROZEN_CACHE).

forklab_emsdk_setup() {
  local d
  for d in "${EMSDK:-}" "$(pwd)/emsdk" "$HOME/emsdk"; do
    if [ -n "$d" ] && [ -f "$d/emsdk_env.sh" ]; then
      EMSDK_QUIET=1 . "$d/emsdk_env.sh" >/dev/null
      EMSCRIPTEN_ROOT="$d/upstream/emscripten"
      export EMSCRIPTEN_ROOT
      return 0
    fi
  done
  if [ -d /usr/share/emscripten ]; then
    EMSCRIPTEN_ROOT=/usr/share/emscripten
    export EMSCRIPTEN_ROOT
    case ":$PATH:" in *":/usr/bin:"*) ;; *) PATH="/usr/bin:$PATH" ;; esac
    # Debian's emscripten finds acorn and friends through Node's module path.
    case ":${NODE_PATH:-}:" in
      *":/usr/share/nodejs:"*) ;;
      *) NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" ;;
    esac
    export PATH NODE_PATH
    return 0
  fi
  echo "emsdk-env.sh: no emscripten found (run scripts/setup)" >&2
  return 1
}

forklab_emsdk_setup
unset -f forklab_emsdk_setup
