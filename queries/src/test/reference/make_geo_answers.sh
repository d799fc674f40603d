#!/bin/sh
# Writes geo-answers.tsv (ip<TAB>English country name, "" when the database has no answer) for
# every public dotted-quad RemoteIP in the sample, the way huntsql's geo_info_from_ip_address
# answers: country_code from the shipped ip-location-db geo-whois-asn-country MMDB (mmdblookup,
# package mmdb-bin), then Java's new Locale("", code).getDisplayCountry(Locale.ENGLISH).
#
# usage (repository root):
#   sh queries/src/test/reference/make_geo_answers.sh /path/to/geo-whois-asn-country.mmdb \
#      sample-data/DeviceNetworkEvents.json > queries/src/test/reference/geo-answers.tsv
set -eu
MMDB=$1
EVENTS=$2
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# the addresses the hunt can look up: strict IPv4 that ipv4_is_private calls public
python3 - "$EVENTS" "$HERE" > "$TMP/ips" <<'EOF'
import json, sys
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[2])
from smb_ntlm_reference import ipv4_is_private
ips = set()
with open(sys.argv[1], encoding="utf-8-sig") as f:
    for line in f:
        if line.strip():
            ip = json.loads(line).get("RemoteIP")
            if ipv4_is_private(ip) is False:
                ips.add(ip)
for ip in sorted(ips, key=lambda s: [int(p) for p in s.split("/")[0].split(".")]):
    print(ip)
EOF

cat > "$TMP/Names.java" <<'EOF'
import java.util.Locale;
import java.util.Map;
public class Names {
    // huntsql's GeoNames/GeoLite2-style short names, where CLDR's differ.
    static final Map<String, String> SHORT = Map.of("HK", "Hong Kong", "MO", "Macao", "MM", "Myanmar",
        "PS", "Palestine", "CD", "DR Congo", "CG", "Congo Republic", "CI", "Ivory Coast");
    public static void main(String[] codes) {
        for (String c : codes) {
            String name = SHORT.getOrDefault(c, new Locale("", c).getDisplayCountry(Locale.ENGLISH));
            System.out.println(c + "\t" + name.replace(" & ", " and "));
        }
    }
}
EOF

: > "$TMP/codes"
while read -r ip; do
    code=$(mmdblookup --file "$MMDB" --ip "$ip" country_code 2>/dev/null \
           | sed -n 's/.*"\([A-Z][A-Z]\)".*/\1/p')
    printf '%s\t%s\n' "$ip" "$code" >> "$TMP/codes"
done < "$TMP/ips"

# shellcheck disable=SC2046
java "$TMP/Names.java" $(cut -f2 "$TMP/codes" | grep . | sort -u) > "$TMP/names"

printf 'ip\tcountry\n'
while IFS="$(printf '\t')" read -r ip code; do
    name=""
    if [ -n "$code" ]; then
        name=$(awk -F '\t' -v c="$code" '$1 == c { print $2 }' "$TMP/names")
    fi
    printf '%s\t%s\n' "$ip" "$name"
done < "$TMP/codes"
