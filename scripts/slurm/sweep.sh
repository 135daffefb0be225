#!/usr/bin/env bash
# Splits a parksim sweep over a Slurm job array — one shard per array task — and merges the shards
# when all have finished (a job that depends on the array).
#   usage: scripts/slurm/sweep.sh EXPERIMENT.json SHARDS OUT [--wait]
# OUT is the merged result folder; shard K writes OUT-shard-K-of-SHARDS. Resubmitting resumes each
# shard where it stopped (a shard whose old job still runs is refused) and merges again, replacing OUT. PARKSIM_CMD overrides how parksim is started (default: java -jar target/parksim.jar);
# each task uses the CPUs Slurm gives it (--cpus-per-task, via SBATCH_CPUS_PER_TASK or sbatch defaults).
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 EXPERIMENT.json SHARDS OUT [--wait]" >&2
  exit 2
fi
experiment=$1
shards=$2
out=$3
wait_flag=()
[ "${4:-}" = "--wait" ] && wait_flag=(--wait)
cmd=${PARKSIM_CMD:-java -jar target/parksim.jar}

array=$(sbatch --parsable --array=1-"$shards" --job-name=parksim-shard --output="$out-shard-%a.log" \
  --wrap="$cmd sweep '$experiment' --shard \$SLURM_ARRAY_TASK_ID/$shards --threads \${SLURM_CPUS_PER_TASK:-1} --no-progress --out '$out'-shard-\$SLURM_ARRAY_TASK_ID-of-$shards")
folders=""
for k in $(seq 1 "$shards"); do folders="$folders '$out-shard-$k-of-$shards'"; done
echo "submitted job array $array ($shards shards of $experiment)"
merge=$(sbatch --parsable "${wait_flag[@]}" --dependency=afterok:"$array" --job-name=parksim-merge --output="$out-merge.log" \
  --wrap="$cmd merge$folders --out '$out' --force")
echo "submitted merge job $merge -> $out"
