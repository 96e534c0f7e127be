# Sourced (not run) before training: pins PyTorch's and MKL's kernels to their AVX2 versions on any host that has
# AVX2, so the same seed trains the same weights on an AVX2 host and on an AVX-512 one. Left to choose, both libraries
# take the widest kernels the CPU has, which add floats in another order: on one host a training repeats bit for bit,
# across hosts it does not, and the lists served differ from the ones measured (model-training/sequence/README.md,
# "Repeatable training"). A value already set in the environment wins. Costs nothing on an AVX2 host; on an AVX-512
# one the matrix products run at AVX2 speed.
# shellcheck shell=bash
if grep -qw avx2 /proc/cpuinfo 2>/dev/null && grep -qw fma /proc/cpuinfo 2>/dev/null; then
  export ATEN_CPU_CAPABILITY="${ATEN_CPU_CAPABILITY:-avx2}" MKL_CBWR="${MKL_CBWR:-AVX2}"
fi
