#!/usr/bin/env python3
"""Independent reference for huntsql's "SMB & NTLM negotiation to unknown remote IPs" detection.

A plain Python 3 (standard library only) reading of the seed KQL hunt, with the Kusto semantics
written down in ../shared/SEMANTICS.md, applied to a DeviceNetworkEvents file with one JSON
record per line:

    DeviceNetworkEvents
    | extend af = parse_json(AdditionalFields)
    | extend SignatureName = tostring(af.SignatureName)
    | extend SigMatched = tostring(af.SignatureMatchedContent)
    | extend SamplePacket = tostring(af.SamplePacketContent)
    | where isnotempty(RemoteIP) and (RemotePort in (139, 445) or LocalPort in (139, 445)
            or SigMatched contains "%FESMB" or SigMatched contains "%FFSMB"
            or SigMatched contains "NTLMSSP" or SamplePacket contains "NTLMSSP")
    | where not(ipv4_is_private(RemoteIP)) and isnotempty(SignatureName)
    | extend geo_ip = tostring(geo_info_from_ip_address(RemoteIP).country)
    | where isnotempty(geo_ip)
    | extend MsgType = <NTLM message type of strcat(SigMatched, " ", SamplePacket)>
    | summarize make_set(RemotePort), Distinct_ports = dcount(RemotePort), count()
        by DeviceName, LocalPort, InitiatingProcessFileName, geo_ip, RemoteIP, SignatureName,
           MsgType, ActionType
    | order by Distinct_ports            // desc; ties broken by the 8 keys ascending, nulls first

One deliberate difference from the KQL text: the message type is read where [MS-NLMP] puts it,
the 4 little-endian bytes after the first "NTLMSSP\\0" in the decoded packet text (the KQL's
`contains "%01%00%00%00"` test also matches SMB2 header fields). `--kql-heuristic` switches to
the KQL's literal test, for comparison only.

Geo: Python here has no MMDB reader, so the country comes from a TSV file (ip<TAB>country name,
"" = unknown) made with mmdblookup on the shipped geo-whois-asn-country database and Java's
English country names; see README.md.

Usage:
    python3 smb_ntlm_reference.py EVENTS.json GEO.tsv [--explain] [--kql-heuristic] > expected.jsonl
--explain writes one line per input record (kept / dropped and why) to stderr.
"""
import json
import re
import sys

OUT_KEYS = ["DeviceName", "LocalPort", "InitiatingProcessFileName", "geo_ip", "RemoteIP",
            "SignatureName", "MsgType", "ActionType", "set_RemotePort", "Distinct_ports", "count_"]

MSG_TYPE_TEXT = {
    1: "Type 1 = client initiates (Negotiate)",
    2: "Type 2 = server responds with Challenge",
    3: "Type 3 = client sends response with credentials",
}
UNKNOWN_TYPE = "Unknown / not extracted"

# --------------------------------------------------------------------------- Kusto value helpers


def tostring(value):
    """Kusto tostring(): null -> "", a string as is, an object or array as compact JSON text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def parse_json(value):
    """Kusto parse_json(): JSON text -> value, invalid text -> the text itself, "" or null -> null.
    A column that is already a JSON object or array in the file is taken as that dynamic value."""
    if value is None or isinstance(value, (dict, list)):
        return value
    if not isinstance(value, str):
        return value
    if value == "":
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def member(dynamic, key):
    """af.Key: the property of a property bag, null for anything else or a missing key."""
    return dynamic.get(key) if isinstance(dynamic, dict) else None


def isnotempty(s):
    return s is not None and s != ""


def contains(haystack, needle):
    """Kusto `contains`: case-insensitive substring test."""
    return needle.lower() in haystack.lower()


def port(value):
    """An int column: a JSON integer, or null."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("unexpected port value %r" % (value,))
    return value


def in_ports(value, ports=(139, 445)):
    """`x in (139, 445)`: an OR of ==, each false for a null x."""
    return value is not None and value in ports

# --------------------------------------------------------------------------- IPv4


_IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:/(\d{1,2}))?$")

PRIVATE_RANGES = [((10 << 24), 8), ((172 << 24) | (16 << 16), 12), ((192 << 24) | (168 << 16), 16)]


def parse_ipv4(text):
    """Strict dotted quad, optional /prefix (0-32); octets are decimal even with leading zeros.
    Returns the address as an int, or None (IPv6, host:port, 4th octet 256, "-", "", host names)."""
    if not isinstance(text, str):
        return None
    m = _IPV4.match(text)
    if not m:
        return None
    octets = [int(g) for g in m.groups()[:4]]
    if any(o > 255 for o in octets):
        return None
    if m.group(5) is not None and int(m.group(5)) > 32:
        return None
    return (octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]


def ipv4_is_private(text):
    """True / False for an IPv4 address (or CIDR, judged by its address part), None otherwise."""
    addr = parse_ipv4(text)
    if addr is None:
        return None
    return any((addr >> (32 - bits)) == (net >> (32 - bits)) for net, bits in PRIVATE_RANGES)


def kusto_not(b):
    return None if b is None else (not b)

# --------------------------------------------------------------------------- packet text


_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})|\\x([0-9A-Fa-f]{2})|(.)", re.S)


def decode_packet_text(text):
    """Bytes of Defender packet text: %XX and \\xXX (either hex case) are one byte each; any other
    character stands for itself (code points above 255 as their UTF-8 bytes)."""
    out = bytearray()
    for m in _ESCAPE.finditer(text):
        if m.group(3) is None:
            out.append(int(m.group(1) or m.group(2), 16))
        else:
            ch = m.group(3)
            out += bytes([ord(ch)]) if ord(ch) < 256 else ch.encode("utf-8")
    return bytes(out)


NTLM_SIGNATURE = b"NTLMSSP\x00"


def ntlm_message_type(text):
    """MessageType of the first NTLMSSP message in the text: 1, 2, 3, any other uint32, or 0 when
    there is no "NTLMSSP\\0" or fewer than 4 bytes follow it."""
    data = decode_packet_text(text)
    at = data.find(NTLM_SIGNATURE)
    if at < 0 or at + 12 > len(data):
        return 0
    return int.from_bytes(data[at + 8:at + 12], "little")


def kql_heuristic_type(combined):
    """The seed KQL's case(): substring tests anywhere in the text (for comparison only).
    Its "\\x01\\x00\\x00\\x00" is a KQL string literal: the four characters U+0001 U+0000 U+0000 U+0000."""
    for n in (1, 2, 3):
        if contains(combined, "%0{}%00%00%00".format(n)) or (chr(n) + "\x00\x00\x00") in combined:
            return n
    return 0


def msg_type_text(n):
    return MSG_TYPE_TEXT.get(n, UNKNOWN_TYPE)

# --------------------------------------------------------------------------- the hunt


def load_geo(path):
    geo = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#") or (n == 1 and line.startswith("ip\t")):
                continue
            ip, _, country = line.partition("\t")
            geo[ip] = country
    return geo


def read_records(path):
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, json.loads(line)


def evaluate(rec, geo, heuristic=False):
    """(group key, RemotePort) for a kept record, or (None, reason) for a dropped one."""
    af = parse_json(rec.get("AdditionalFields"))
    signature = tostring(member(af, "SignatureName"))
    sig_matched = tostring(member(af, "SignatureMatchedContent"))
    sample = tostring(member(af, "SamplePacketContent"))
    remote_ip = rec.get("RemoteIP")
    remote_port, local_port = port(rec.get("RemotePort")), port(rec.get("LocalPort"))

    if not isnotempty(remote_ip):
        return None, "RemoteIP empty"
    if not (in_ports(remote_port) or in_ports(local_port)
            or contains(sig_matched, "%FESMB") or contains(sig_matched, "%FFSMB")
            or contains(sig_matched, "NTLMSSP") or contains(sample, "NTLMSSP")):
        return None, "no SMB port and no SMB/NTLMSSP text"
    public = kusto_not(ipv4_is_private(remote_ip))
    if public is None:
        return None, "not an IPv4 address (ipv4_is_private is null)"
    if not public:
        return None, "private IPv4"
    if not isnotempty(signature):
        return None, "SignatureName empty"
    if remote_ip not in geo:
        raise KeyError("geo answer missing for %r: add it to the TSV" % remote_ip)
    country = geo[remote_ip]
    if not isnotempty(country):
        return None, "geo country unknown"
    combined = sig_matched + " " + sample
    n = kql_heuristic_type(combined) if heuristic else ntlm_message_type(combined)
    key = (tostring(rec.get("DeviceName")), local_port, tostring(rec.get("InitiatingProcessFileName")),
           country, tostring(remote_ip), signature, msg_type_text(n), tostring(rec.get("ActionType")))
    return key, remote_port


def sort_key(row):
    """Distinct_ports descending, then the group keys ascending (nulls first, as Kusto's asc)."""
    local = row["LocalPort"]
    return (-row["Distinct_ports"], row["DeviceName"], (local is not None, local or 0),
            row["InitiatingProcessFileName"], row["geo_ip"], row["RemoteIP"], row["SignatureName"],
            row["MsgType"], row["ActionType"])


def run(events_path, geo_path, explain=None, heuristic=False):
    geo = load_geo(geo_path)
    groups = {}
    for line_no, rec in read_records(events_path):
        key, detail = evaluate(rec, geo, heuristic)
        if key is None:
            if explain:
                explain.write("%d\tdrop\t%s\n" % (line_no, detail))
            continue
        ports, count = groups.get(key, (set(), 0))
        if detail is not None:
            ports.add(detail)
        groups[key] = (ports, count + 1)
        if explain:
            explain.write("%d\tkeep\t%s\n" % (line_no, json.dumps(list(key), ensure_ascii=False)))
    rows = []
    for key, (ports, count) in groups.items():
        row = dict(zip(OUT_KEYS[:8], key))
        row["set_RemotePort"] = sorted(ports)
        row["Distinct_ports"] = len(ports)
        row["count_"] = count
        rows.append(row)
    rows.sort(key=sort_key)
    return rows


def main(argv):
    flags = [a for a in argv if a.startswith("--")]
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2 or set(flags) - {"--explain", "--kql-heuristic"}:
        sys.stderr.write(__doc__)
        return 2
    rows = run(args[0], args[1], explain=sys.stderr if "--explain" in flags else None,
               heuristic="--kql-heuristic" in flags)
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False)
    for row in rows:
        out.write(json.dumps({k: row[k] for k in OUT_KEYS}, ensure_ascii=False) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
