#!/usr/bin/env bash
# Starts a one-node Slurm cluster on this machine (as root, without systemd or cgroups), so that
# job-array sweeps can be tried and tested without a real cluster. Needs the Debian packages
# slurmctld slurmd slurm-client munge. Prints the SLURM_CONF to export.
#   usage: scripts/slurm/start-local-cluster.sh [DIR]   (default DIR: /tmp/parksim-slurm)
set -euo pipefail
dir=${1:-/tmp/parksim-slurm}
mkdir -p "$dir"/state "$dir"/spool "$dir"/log "$dir"/munge
host=$(hostname -s)
cpus=$(nproc)
mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))

# munge authenticates Slurm's daemons and clients; it gets its own key and socket here.
key="$dir/munge/munge.key"
[ -f "$key" ] || dd if=/dev/urandom bs=1 count=1024 of="$key" status=none
chmod 400 "$key"
munged --key-file="$key" --socket="$dir/munge/munge.socket" --pid-file="$dir/munge/munged.pid" \
       --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" --force

cat > "$dir/slurm.conf" <<CONF
ClusterName=parksim
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

export SLURM_CONF="$dir/slurm.conf"
slurmctld
slurmd
for _ in $(seq 1 50); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE 'idle|mix|alloc'; then
    echo "SLURM_CONF=$SLURM_CONF"
    exit 0
  fi
  sleep 0.2
done
echo "Slurm did not come up; see $dir/log" >&2
exit 1
