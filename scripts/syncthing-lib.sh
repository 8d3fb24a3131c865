# syncthing-lib.sh: sourced by the fleet tests. Syncthing nodes on 127.0.0.1
# only, every discovery, relay, NAT, usage-report, crash-report and upgrade
# feature off, in a temporary folder $tmp that the caller has made; cleanup
# stops every process in pids and removes $tmp.
#
#   st_node NAME            a key pair and a config; sets id[NAME]
#   st_device NAME PEER ADDRESS    NAME knows PEER's id at ADDRESS (or dynamic)
#   st_folder NAME FOLDER PATH TYPE PEER...   a shared folder
#   st_serve NAME           starts Syncthing; st_api NAME PATH asks it
#   st_connected NAME PEER  / st_idle NAME FOLDER: for wait_for

declare -A id=() gui=() key=()
pids=()
cleanup() {
  local pid
  # Syncthing's monitor process runs the real one as its child: stop both.
  for pid in "${pids[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.3; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}

start=$(date +%s.%N)
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="${2:-$(now)}" 'BEGIN { printf "%.1f", b - a }'; }
fails=0
bad() { echo "  FAIL $*"; fails=$((fails + 1)); }
ok() { echo "  ok   $*"; }

# Ports: random, free, distinct, on 127.0.0.1.
used=" "
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    case "$used" in *" $p "*) continue ;; esac
    if [ -z "$(ss -Htan "( sport = :$p )")" ]; then used="$used$p "; echo "$p"; return; fi
  done
}

# listen[NAME] is the address peers dial.
declare -A listen=()
st_node() {
  local name=$1 cfg=$tmp/$1/config.xml port
  syncthing generate --home="$tmp/$name" --no-default-folder --skip-port-probing >/dev/null 2>&1
  id[$name]=$(sed -n 's/.*<device id="\([A-Z0-9-]*\)".*/\1/p' "$cfg" | head -n 1)
  gui[$name]=$(free_port)
  port=$(free_port)
  listen[$name]=tcp://127.0.0.1:$port
  key[$name]=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  sed -i \
    -e "s|<address>127.0.0.1:8384</address>|<address>127.0.0.1:${gui[$name]}</address>|" \
    -e "s|<apikey>[^<]*</apikey>|<apikey>${key[$name]}</apikey>|" \
    -e "s|<listenAddress>[^<]*</listenAddress>|<listenAddress>${listen[$name]}</listenAddress>|" \
    -e "s|<globalAnnounceEnabled>true<|<globalAnnounceEnabled>false<|" \
    -e "s|<localAnnounceEnabled>true<|<localAnnounceEnabled>false<|" \
    -e "s|<relaysEnabled>true<|<relaysEnabled>false<|" \
    -e "s|<natEnabled>true<|<natEnabled>false<|" \
    -e "s|<startBrowser>true<|<startBrowser>false<|" \
    -e "s|<urAccepted>[^<]*<|<urAccepted>-1<|" \
    -e "s|<autoUpgradeIntervalH>[^<]*<|<autoUpgradeIntervalH>0<|" \
    -e "s|<crashReportingEnabled>true<|<crashReportingEnabled>false<|" \
    -e "s|<announceLANAddresses>true<|<announceLANAddresses>false<|" \
    -e "s|<stunKeepaliveStartS>[^<]*<|<stunKeepaliveStartS>0<|" \
    -e "s|<restartOnWakeup>true<|<restartOnWakeup>false<|" \
    -e "s|<reconnectionIntervalS>[^<]*<|<reconnectionIntervalS>5<|" \
    "$cfg"
  local want
  for want in "<address>127.0.0.1:${gui[$name]}</address>" "<listenAddress>${listen[$name]}</listenAddress>" \
    "<globalAnnounceEnabled>false<" "<localAnnounceEnabled>false<" "<relaysEnabled>false<" \
    "<natEnabled>false<" "<urAccepted>-1<" "<autoUpgradeIntervalH>0<" "<startBrowser>false<" \
    "<crashReportingEnabled>false<" "<stunKeepaliveStartS>0<"; do
    grep -qF "$want" "$cfg" || { echo "syncthing-lib: could not set $want in $cfg" >&2; exit 1; }
  done
  if grep '<listenAddress>' "$cfg" | grep -qv '127.0.0.1'; then
    echo "syncthing-lib: a listen address other than 127.0.0.1 in $cfg" >&2; exit 1
  fi
}

st_add() { # st_add NAME XML: puts XML before </configuration>
  local cfg=$tmp/$1/config.xml
  awk -v add="$2" '/^<\/configuration>/ { print add } { print }' "$cfg" >"$cfg.new"
  mv "$cfg.new" "$cfg"
}

st_device() {
  st_add "$1" "    <device id=\"$2\" name=\"peer\" compression=\"metadata\" introducer=\"false\" skipIntroductionRemovals=\"false\" introducedBy=\"\">
        <address>$3</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>"
}

st_folder() {
  local name=$1 folder=$2 path=$3 type=$4 devices peer
  shift 4
  devices="        <device id=\"${id[$name]}\" introducedBy=\"\"></device>"
  for peer in "$@"; do devices+=$'\n'"        <device id=\"$peer\" introducedBy=\"\"></device>"; done
  st_add "$name" "    <folder id=\"$folder\" label=\"$folder\" path=\"$path\" type=\"$type\" rescanIntervalS=\"5\" fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\" ignorePerms=\"false\" autoNormalize=\"true\">
        <filesystemType>basic</filesystemType>
$devices
        <markerName>.stfolder</markerName>
    </folder>"
  grep -qF "<folder id=\"$folder\" label=\"$folder\" path=\"$path\" type=\"$type\"" "$tmp/$name/config.xml" ||
    { echo "syncthing-lib: could not add folder $folder to $name" >&2; exit 1; }
  mkdir -p "$path/.stfolder"
}

st_api() { # st_api NODE PATH
  curl -fsS --max-time 5 -H "X-API-Key: ${key[$1]}" "http://127.0.0.1:${gui[$1]}$2"
}

wait_for() { # wait_for SECONDS WHAT COMMAND...
  local until_=$(($(date +%s) + $1)) what=$2
  shift 2
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$until_" ]; then echo "fleet-test: timed out waiting for $what" >&2; return 1; fi
    sleep 0.2
  done
}

# stpid[NAME] is the pid of NAME's Syncthing (its monitor process).
declare -A stpid=()
st_serve() {
  mkdir -p "$tmp/home"
  HOME=$tmp/home STNOUPGRADE=1 STNORESTART=1 STNODEFAULTFOLDER=1 \
    syncthing serve --home="$tmp/$1" --no-browser --no-restart --no-upgrade --logflags=3 \
    >"$tmp/$1.log" 2>&1 &
  pids+=("$!")
  stpid[$1]=$!
  wait_for 20 "Syncthing $1's API" st_api "$1" /rest/system/ping
}

st_connected() { st_api "$1" /rest/system/connections | jq -e --arg id "$2" '.connections[$id].connected == true'; }
st_idle() { st_api "$1" "/rest/db/status?folder=$2" | jq -e '.state == "idle"'; }

# st_local_only: every socket of every Syncthing started here is TCP on
# 127.0.0.1 (none UDP: no discovery).
st_local_only() {
  local all="" n sockets outside count
  for n in "${!stpid[@]}"; do
    all+="${all:+|}${stpid[$n]}"
    all+=$(pgrep -P "${stpid[$n]}" | sed 's/^/|/' | tr -d '\n' || true)
  done
  sockets=$(ss -Htunap 2>/dev/null | grep -E "pid=($all)," | awk '{ print $1, $5, $6 }' || true)
  outside=$(grep -Ev '^tcp 127\.0\.0\.1:[0-9]+ (127\.0\.0\.1:[0-9]+|0\.0\.0\.0:\*|\*:\*)$' <<<"$sockets" || true)
  count=$(grep -c . <<<"$sockets" || true)
  if [ "$count" -eq 0 ]; then
    bad "could not see Syncthing's sockets (ss -p)"
  elif [ -z "$outside" ]; then
    ok "Syncthing's $count sockets are all TCP on 127.0.0.1 (no UDP: no discovery)"
  else
    bad "Syncthing sockets beyond 127.0.0.1: $(tr '\n' ';' <<<"$outside")"
  fi
}
