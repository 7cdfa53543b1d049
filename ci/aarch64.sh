#!/usr/bin/env bash
# AArch64 in CI: cross-builds the release binary for aarch64-unknown-linux-gnu
# with Debian's Rust (which ships the AArch64 standard library) and runs the
# conformance corpus under qemu-aarch64 in every execution mode, against the
# same expected outputs as the x86-64 test (ci/conformance.py applies the
# rules of tests/conformance.rs). Also checks `--target-isa` on the host.
#
#   bash ci/aarch64.sh
#
# Installs its Debian packages when missing (apt-get; sudo only when not
# root). Everything it caches stays inside the clone: CARGO_HOME in
# target/aarch64-cargo-home, build output in target/aarch64.
# Environment: AARCH64_JOBS (parallel programs, default 2),
# AARCH64_TIMEOUT (seconds per program, default 300), AARCH64_FULL_LTO=1
# (build with the workspace's fat-LTO release profile as it is).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
t0=$SECONDS
triple=aarch64-unknown-linux-gnu
sysroot=/usr/aarch64-linux-gnu
# Without -E LD_LIBRARY_PATH=... the host's and the guest's C libraries get
# mixed and multi-threaded programs hang (see shared/TOOLCHAIN.md).
qemu=(qemu-aarch64 -L "$sysroot" -E "LD_LIBRARY_PATH=$sysroot/lib")

step() { echo "== aarch64: $* ($((SECONDS - t0)) s)"; }

# ---------------------------------------------------------------- packages
step "packages"
pkgs=(rustc-web cargo-web libstd-rust-web-dev:arm64 gcc-aarch64-linux-gnu
  libc6-dev-arm64-cross qemu-user)
missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    "${sudo[@]}" dpkg --add-architecture arm64
  fi
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# ---------------------------------------------------------------- --target-isa on the host
# The host binary prints AArch64 code for a shape-guarded property load
# (tests/clif/property_load.js: getX guards the receiver's shape and loads
# the slot) without running it, and still runs the program natively.
step "--target-isa aarch64 on $(uname -m)"
# After `cargo test --workspace --release` (scripts/test.sh) the binary is
# there; build it only when it is missing.
[ -x target/release/protojit ] || cargo build --release --locked --bin protojit
out=$(target/release/protojit run --jit --jit-threshold=5 --target-isa aarch64 \
  --print-asm --print-only getX tests/clif/property_load.js)
a64=$(printf '%s\n' "$out" | awk '/^; aarch64-unknown-linux-gnu code for getX/{p=1} /^; x86_64/{p=0} p')
for pat in '^  ldr x[0-9]+, \[x[0-9]+, #[0-9]+\]' '^  subs xzr, x[0-9]+, x[0-9]+' '^  b\.eq label' \
  '^  blr x[0-9]+' '^  ret$'; do
  if ! printf '%s\n' "$a64" | grep -Eq "$pat"; then
    echo "--target-isa aarch64: no line matching '$pat' in the AArch64 code of getX:" >&2
    printf '%s\n' "$out" >&2
    exit 1
  fi
done
if printf '%s\n' "$a64" | grep -Eq '%r[a-z0-9]+'; then
  echo "--target-isa aarch64: x86 registers in the AArch64 code" >&2
  exit 1
fi
printf '%s\n' "$out" | tail -n 1 | grep -qx 20 || {
  echo "--target-isa aarch64: the program did not run natively" >&2
  exit 1
}
printf '%s\n' "$a64" | sed -n '1,12p'
echo "  ... ($(printf '%s\n' "$a64" | wc -l) lines)"

# ---------------------------------------------------------------- cross build
step "cross build (release, $triple)"
(
  export PATH=/usr/bin:/bin:/usr/sbin:/sbin # Debian's cargo and rustc 1.96
  export CARGO_HOME="$root/target/aarch64-cargo-home"
  export CARGO_TARGET_DIR="$root/target/aarch64"
  export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
  export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
  export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc
  # The workspace's release profile (fat LTO, one codegen unit) makes this
  # build take ~11 minutes on 2 cores; Cargo's default release settings
  # (same opt-level 3, no cross-crate LTO) take ~4. AARCH64_FULL_LTO=1
  # builds with the workspace's profile unchanged.
  if [ "${AARCH64_FULL_LTO:-0}" != 1 ]; then
    export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
  fi
  unset RUSTUP_TOOLCHAIN RUSTC_WRAPPER CARGO_BUILD_RUSTC_WRAPPER RUSTFLAGS \
    CARGO_BUILD_RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_TARGET
  /usr/bin/cargo --version
  /usr/bin/cargo build --release --locked --target "$triple" --bin protojit
)
bin="$root/target/aarch64/$triple/release/protojit"
# ELF e_machine (2 bytes at offset 18): 183 is EM_AARCH64.
machine=$(od -An -tu2 -j18 -N2 "$bin" | tr -d ' ')
if [ "$machine" != 183 ]; then
  echo "$bin is not an AArch64 executable (e_machine $machine)" >&2
  exit 1
fi

# ---------------------------------------------------------------- the JIT on AArch64
step "the JIT under qemu-aarch64"
"${qemu[@]}" "$bin" run --jit --print-asm --print-only getX --jit-threshold=5 \
  tests/clif/property_load.js | grep -A3 "^; aarch64-unknown-linux-gnu code for getX"
# The other way round: the AArch64 binary prints x86-64 code.
"${qemu[@]}" "$bin" run --jit --jit-threshold=5 --target-isa x86_64 --print-asm \
  --print-only getX tests/clif/property_load.js | grep -q '^; x86_64-unknown-linux-gnu code for getX' || {
  echo "--target-isa x86_64 under qemu-aarch64 printed no x86-64 code" >&2
  exit 1
}
stats=$("${qemu[@]}" "$bin" run --jit --stats benches/js/richards.js 2>&1 >/dev/null)
printf '%s\n' "$stats"
printf '%s\n' "$stats" | grep -Eq '^jit: [1-9][0-9]* functions compiled( \([0-9]+ upgraded\))?, [0-9]+ OSR entries, 0 failed' || {
  echo "the JIT compiled nothing (or failed) on AArch64" >&2
  exit 1
}

# ---------------------------------------------------------------- the corpus
step "conformance corpus under qemu-aarch64"
status=0
python3 ci/conformance.py --bin "$bin" --runner "${qemu[*]}" --label "aarch64 corpus" \
  --jobs "${AARCH64_JOBS:-2}" --timeout "${AARCH64_TIMEOUT:-300}" || status=$?
step "done, exit status $status"
exit "$status"
