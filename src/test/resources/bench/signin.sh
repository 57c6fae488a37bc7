#!/bin/sh
# Signs in through the form (CSRF token from the login page) and prints the SESSION cookie, for wrk -H "Cookie: ...".
# Usage: sh signin.sh http://127.0.0.1:18081 bench-zone 'Bench#2020pass'
set -e
jar=$(mktemp)
csrf=$(curl -s -c "$jar" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
code=$(curl -s -b "$jar" -c "$jar" --data-urlencode "username=$2" --data-urlencode "password=$3" \
  --data-urlencode "_csrf=$csrf" -o /dev/null -w '%{http_code} %{redirect_url}' "$1/login")
case "$code" in
  *"/login?error"*|*"/login"|4*|5*) echo "sign-in failed: $code" >&2; rm -f "$jar"; exit 1 ;;
esac
awk '$6 == "SESSION" { print $7 }' "$jar"
rm -f "$jar"
