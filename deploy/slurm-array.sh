#!/usr/bin/env bash
# hush batch as a Slurm job array: each array task takes one shard of the input tree.
# hush reads the shard from Slurm's variables: index (SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN)
# / SLURM_ARRAY_TASK_STEP, count SLURM_ARRAY_TASK_COUNT; so any --array range works
# (0-7, 10-17, 0-14:2). A resubmitted or requeued task skips what the manifest says is done.
#
#   IN=/data/in OUT=/data/out sbatch deploy/slurm-array.sh
#
#SBATCH --job-name=hush-batch
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=04:00:00
#SBATCH --output=hush-batch-%A_%a.log
set -euo pipefail
IN=${IN:?set IN to the input directory}
OUT=${OUT:?set OUT to the output directory}
# One job per core, one Whisper thread each (README "Batch"); jobs x threads <= cores.
exec hush batch "$IN" --out-dir "$OUT" \
  --jobs "${SLURM_CPUS_PER_TASK:-2}" --threads 1 \
  --summary-json "$OUT/summary-${SLURM_ARRAY_JOB_ID:-0}-${SLURM_ARRAY_TASK_ID:-0}.json"
