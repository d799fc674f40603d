#!/usr/bin/env python3
"""Builds sample-data/DeviceNetworkEvents.json, the synthetic Defender sample that ships with huntsql.

Everything here is invented: device names, users, hashes, session keys and NTLM responses are
made up (deterministic pseudo-random bytes); the packets are assembled field by field from the
public protocol specifications ([MS-SMB] / [MS-SMB2] headers and SESSION_SETUP bodies, [MS-NLMP]
NEGOTIATE / CHALLENGE / AUTHENTICATE messages, RFC 4178 SPNEGO tokens) and rendered the way
Defender writes packet text in AdditionalFields (printable ASCII kept, every other byte and '%'
as %XX).

Usage (from the repository root):
    python3 queries/src/test/reference/make_sample.py > sample-data/DeviceNetworkEvents.json

Each row spec below carries `expect`, the hand-written verdict for the SMB & NTLM hunt
(see README.md next to this file); `--table` prints those as the README's Markdown table.
Python 3 standard library only; the output is byte-for-byte reproducible.
"""
import base64
import hashlib
import json
import random
import re
import struct
import sys

# --------------------------------------------------------------------------- byte helpers

def u8(v):
    return struct.pack("<B", v)


def u16(v):
    return struct.pack("<H", v)


def u32(v):
    return struct.pack("<I", v)


def u64(v):
    return struct.pack("<Q", v)


def utf16(s):
    return s.encode("utf-16-le")


_RNG = random.Random(20250901)


def rand(n):
    """Deterministic filler for challenges, GUIDs, MACs, NTLMv2 proofs and session keys."""
    return bytes(_RNG.getrandbits(8) for _ in range(n))


def filetime(y_m_d_h_m_s):
    """Windows FILETIME (100 ns since 1601-01-01) of a UTC time tuple."""
    import calendar
    secs = calendar.timegm(y_m_d_h_m_s + (0, 0, 0))
    return (secs + 11644473600) * 10_000_000


FT_SEP1 = filetime((2025, 9, 1, 9, 0, 0))

# --------------------------------------------------------------------------- [MS-NLMP]

NTLM_SIGNATURE = b"NTLMSSP\x00"


def _fields(length, offset):
    return u16(length) + u16(length) + u32(offset)


def _version(major, minor, build):
    # ProductMajorVersion, ProductMinorVersion, ProductBuild, Reserved(3), NTLMRevisionCurrent (15)
    return u8(major) + u8(minor) + u16(build) + b"\x00\x00\x00" + u8(15)


def ntlm_negotiate(flags=0xE2088297, version=(10, 0, 19041)):
    """NEGOTIATE_MESSAGE (type 1), no domain / workstation supplied."""
    return (NTLM_SIGNATURE + u32(1) + u32(flags)
            + _fields(0, 40) + _fields(0, 40) + _version(*version))


def av_pairs(pairs):
    out = b""
    for av_id, value in pairs:
        out += u16(av_id) + u16(len(value)) + value
    return out + u16(0) + u16(0)          # MsvAvEOL


def ntlm_challenge(target, dns_domain, computer, flags=0xE28A8215, version=(10, 0, 20348)):
    """CHALLENGE_MESSAGE (type 2) with a TargetInfo list."""
    tname = utf16(target)
    tinfo = av_pairs([
        (2, utf16(target)),                       # MsvAvNbDomainName
        (1, utf16(computer)),                     # MsvAvNbComputerName
        (4, utf16(dns_domain)),                   # MsvAvDnsDomainName
        (3, utf16(computer.lower() + "." + dns_domain)),   # MsvAvDnsComputerName
        (7, u64(FT_SEP1)),                        # MsvAvTimestamp
    ])
    fixed = 56
    return (NTLM_SIGNATURE + u32(2)
            + _fields(len(tname), fixed)
            + u32(flags) + rand(8) + b"\x00" * 8
            + _fields(len(tinfo), fixed + len(tname))
            + _version(*version)
            + tname + tinfo)


def ntlm_authenticate(user, domain, workstation, spn, anonymous=False,
                      flags=0xE2888215, version=(10, 0, 19041)):
    """AUTHENTICATE_MESSAGE (type 3) with an NTLMv2 response (or an anonymous one)."""
    dom, usr, wks = utf16(domain), utf16(user), utf16(workstation)
    if anonymous:
        lm, nt, skey = b"\x00", b"", b""
    else:
        lm = b"\x00" * 24
        blob = (b"\x01\x01\x00\x00" + b"\x00" * 4 + u64(FT_SEP1 + 123456789) + rand(8) + b"\x00" * 4
                + av_pairs([(6, u32(2)),                      # MsvAvFlags: MIC present
                            (7, u64(FT_SEP1)),
                            (9, utf16(spn))])                 # MsvAvTargetName
                + b"\x00" * 4)
        nt = rand(16) + blob                                  # NTProofStr + blob
        skey = rand(16)
    fixed = 88
    off = fixed
    parts = []
    layout = {}
    for name, data in (("dom", dom), ("usr", usr), ("wks", wks), ("lm", lm), ("nt", nt), ("skey", skey)):
        layout[name] = (len(data), off)
        parts.append(data)
        off += len(data)
    return (NTLM_SIGNATURE + u32(3)
            + _fields(*layout["lm"]) + _fields(*layout["nt"])
            + _fields(*layout["dom"]) + _fields(*layout["usr"]) + _fields(*layout["wks"])
            + _fields(*layout["skey"])
            + u32(flags) + _version(*version)
            + (b"\x00" * 16 if anonymous else rand(16))       # MIC
            + b"".join(parts))

# --------------------------------------------------------------------------- RFC 4178 SPNEGO (DER)

def der(tag, content):
    n = len(content)
    if n < 0x80:
        length = u8(n)
    elif n < 0x100:
        length = b"\x81" + u8(n)
    else:
        length = b"\x82" + struct.pack(">H", n)
    return u8(tag) + length + content


OID_SPNEGO = der(0x06, bytes([0x2B, 0x06, 0x01, 0x05, 0x05, 0x02]))
OID_NTLMSSP = der(0x06, bytes([0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x02, 0x02, 0x0A]))
OID_KRB5 = der(0x06, bytes([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x12, 0x01, 0x02, 0x02]))


def spnego_init(mech_token=None, mechs=(OID_NTLMSSP,)):
    body = der(0xA0, der(0x30, b"".join(mechs)))
    if mech_token is not None:
        body += der(0xA2, der(0x04, mech_token))
    return der(0x60, OID_SPNEGO + der(0xA0, der(0x30, body)))


def spnego_resp(state=None, mech=False, token=None, mic=None):
    body = b""
    if state is not None:
        body += der(0xA0, der(0x0A, u8(state)))
    if mech:
        body += der(0xA1, OID_NTLMSSP)
    if token is not None:
        body += der(0xA2, der(0x04, token))
    if mic is not None:
        body += der(0xA3, der(0x04, mic))
    return der(0xA1, der(0x30, body))


def ntlm_mech_list_mic():
    """NTLMSSP_MESSAGE_SIGNATURE: Version 1, checksum, sequence number."""
    return u32(1) + rand(8) + u32(0)

# --------------------------------------------------------------------------- [MS-SMB2]

SMB2_NEGOTIATE, SMB2_SESSION_SETUP = 0x0000, 0x0001


def smb2_header(command, message_id, response=False, status=0, credit_charge=1, credits=1,
                flags=None, session_id=0, process_id=0xFEFF, signed=False):
    if flags is None:
        flags = 0x00000001 if response else 0x00000000
    if signed:
        flags |= 0x00000008
    return (b"\xfeSMB" + u16(64) + u16(credit_charge) + u32(status) + u16(command)
            + u16(credits) + u32(flags) + u32(0) + u64(message_id)
            + u32(process_id) + u32(0) + u64(session_id)
            + (rand(16) if signed else b"\x00" * 16))


def smb2_negotiate_request(message_id=0, dialects=(0x0202, 0x0210, 0x0300, 0x0302)):
    body = (u16(36) + u16(len(dialects)) + u16(0x0001) + u16(0) + u32(0x0000007F)
            + rand(16) + u64(0) + b"".join(u16(d) for d in dialects))
    return smb2_header(SMB2_NEGOTIATE, message_id, credit_charge=0, credits=31) + body


def smb2_negotiate_response(message_id=0, dialect=0x0302):
    sec = spnego_init(mechs=(OID_KRB5, OID_NTLMSSP))
    body = (u16(65) + u16(0x0001) + u16(dialect) + u16(0) + rand(16) + u32(0x0000002F)
            + u32(8388608) + u32(8388608) + u32(8388608)
            + u64(FT_SEP1 + 987654321) + u64(0)
            + u16(0x80) + u16(len(sec)) + u32(0) + sec)
    return smb2_header(SMB2_NEGOTIATE, message_id, response=True, credit_charge=0) + body


def smb2_session_setup_request(message_id, token, session_id=0, credit_charge=1, capabilities=1):
    body = (u16(25) + u8(0) + u8(0x01) + u32(capabilities) + u32(0)
            + u16(0x58) + u16(len(token)) + u64(0) + token)
    return smb2_header(SMB2_SESSION_SETUP, message_id, credit_charge=credit_charge, credits=33,
                       session_id=session_id) + body


def smb2_session_setup_response(message_id, token, session_id, status, flags=None,
                                signed=False, credit_charge=1):
    body = u16(9) + u16(0) + u16(0x48) + u16(len(token)) + token
    return smb2_header(SMB2_SESSION_SETUP, message_id, response=True, status=status,
                       credit_charge=credit_charge, flags=flags, session_id=session_id,
                       signed=signed) + body


def smb2_error_response(command, message_id, status, session_id=0):
    body = u16(9) + u8(0) + u8(0) + u32(0) + b"\x00"      # ERROR response, no data
    return smb2_header(command, message_id, response=True, status=status, credit_charge=1,
                       session_id=session_id) + body


STATUS_MORE_PROCESSING_REQUIRED = 0xC0000016
STATUS_LOGON_FAILURE = 0xC000006D
STATUS_ACCESS_DENIED = 0xC0000022

# --------------------------------------------------------------------------- [MS-SMB] / [MS-CIFS]

def smb1_header(command, mid, response=False, status=0, uid=0, pid=0xFEFF):
    flags = 0x98 if response else 0x18
    return (b"\xffSMB" + u8(command) + u32(status) + u8(flags) + u16(0xC807)
            + u16(0) + b"\x00" * 8 + u16(0) + u16(0xFFFF) + u16(pid) + u16(uid) + u16(mid))


LEGACY_DIALECTS = ("PC NETWORK PROGRAM 1.0", "LANMAN1.0", "Windows for Workgroups 3.1a",
                   "LM1.2X002", "LANMAN2.1", "NT LM 0.12")


def smb1_negotiate_request(dialects=LEGACY_DIALECTS, mid=0):
    data = b"".join(b"\x02" + d.encode("ascii") + b"\x00" for d in dialects)
    return smb1_header(0x72, mid) + u8(0) + u16(len(data)) + data


def smb1_session_setup_request(token, mid, uid=0):
    native = utf16("Windows 10 Pro 19045\x00") + utf16("Windows 10 Pro 6.3\x00")
    words = (u8(0xFF) + u8(0) + u16(0) + u16(16644) + u16(50) + u16(0) + u32(0)
             + u16(len(token)) + u32(0) + u32(0x8000E3D4))
    data = token + b"\x00" + native
    return smb1_header(0x73, mid, uid=uid) + u8(12) + words + u16(len(data)) + data


def smb1_session_setup_response(token, mid, uid, status):
    words = u8(0xFF) + u8(0) + u16(0) + u16(0) + u16(len(token))
    data = token + utf16("Unix\x00") + utf16("Samba 4.15.13\x00")
    return (smb1_header(0x73, mid, response=True, status=status, uid=uid)
            + u8(4) + words + u16(len(data)) + data)

# --------------------------------------------------------------------------- Defender packet text

def pct(data, lower=False):
    """Defender style: printable ASCII kept, other bytes and '%' as %XX."""
    fmt = "%{:02x}" if lower else "%{:02X}"
    return "".join(chr(b) if 0x20 <= b <= 0x7E and b != 0x25 else fmt.format(b) for b in data)


def bsx(data):
    """The other spelling some exporters use: non-printables (and '%', '\\') as \\xhh."""
    return "".join(chr(b) if 0x20 <= b <= 0x7E and b not in (0x25, 0x5C) else "\\x{:02x}".format(b)
                   for b in data)


def _decode_check(text):
    """Round-trip check of the two spellings above (%XX and \\xhh back to bytes)."""
    out = bytearray()
    for m in re.finditer(r"%([0-9A-Fa-f]{2})|\\x([0-9A-Fa-f]{2})|(.)", text, re.S):
        out += bytes([int(m.group(1) or m.group(2), 16)]) if m.group(3) is None else m.group(3).encode("latin-1")
    return bytes(out)


# --------------------------------------------------------------------------- devices and processes

DOMAIN_SID = "S-1-5-21-3081592416-1175207359-2660135841"

DEVICES = {
    "D1": ("ws-fin-07.contoso.local", "10.20.14.57"),
    "D2": ("ws-hr-12.contoso.local", "10.20.22.112"),
    "D3": ("ws-dev-03.contoso.local", "10.20.31.8"),
    "D4": ("lt-sales-21.contoso.local", "192.168.1.23"),
    "D5": ("srv-edge-01.contoso.local", "172.20.5.10"),
    "D6": ("srv-file-02.contoso.local", "10.20.1.5"),
    "D7": ("dc-01.contoso.local", "10.20.0.10"),
    "D8": ("ws-eng-15.contoso.local", "10.20.40.77"),
}

USERS = {"D1": ("mkowalski", 4211), "D2": ("aokafor", 3397), "D3": ("tnguyen", 5120),
         "D4": ("lbrandt", 2876), "D8": ("rsaito", 6034)}


def fake_hashes(name):
    seed = ("huntsql synthetic image " + name).encode()
    return (hashlib.sha1(seed).hexdigest(), hashlib.sha256(seed).hexdigest(),
            hashlib.md5(seed).hexdigest())


def process(kind, dev):
    """InitiatingProcess* columns for a process kind (None = Defender left them empty)."""
    p = {k: None for k in (
        "InitiatingProcessSHA1", "InitiatingProcessSHA256", "InitiatingProcessMD5",
        "InitiatingProcessFileName", "InitiatingProcessFileSize",
        "InitiatingProcessVersionInfoCompanyName", "InitiatingProcessVersionInfoProductName",
        "InitiatingProcessVersionInfoProductVersion", "InitiatingProcessVersionInfoInternalFileName",
        "InitiatingProcessVersionInfoOriginalFileName", "InitiatingProcessVersionInfoFileDescription",
        "InitiatingProcessId", "InitiatingProcessCommandLine", "InitiatingProcessCreationTime",
        "InitiatingProcessFolderPath", "InitiatingProcessParentFileName", "InitiatingProcessParentId",
        "InitiatingProcessParentCreationTime", "InitiatingProcessAccountDomain",
        "InitiatingProcessAccountName", "InitiatingProcessAccountSid", "InitiatingProcessAccountUpn",
        "InitiatingProcessAccountObjectId", "InitiatingProcessIntegrityLevel",
        "InitiatingProcessTokenElevation")}
    if kind is None or kind == "":
        p["InitiatingProcessId"] = 0
        p["InitiatingProcessParentId"] = 0
        p["InitiatingProcessTokenElevation"] = "None"
        if kind == "":
            p["InitiatingProcessFileName"] = ""
        return p
    boot = "2025-08-29T06:41:{:02d}.{:07d}Z".format(len(dev) * 3 % 60, 1103377 + len(dev))
    if kind == "System":
        p.update(InitiatingProcessFileName="System", InitiatingProcessId=4,
                 InitiatingProcessCreationTime=boot, InitiatingProcessParentId=0,
                 InitiatingProcessAccountDomain="nt authority", InitiatingProcessAccountName="system",
                 InitiatingProcessAccountSid="S-1-5-18", InitiatingProcessIntegrityLevel="System",
                 InitiatingProcessTokenElevation="TokenElevationTypeDefault",
                 InitiatingProcessCommandLine="")
        return p
    table = {
        "svchost.exe": ("c:\\windows\\system32\\svchost.exe", "svchost.exe -k LocalService -p -s WebClient",
                        "services.exe", 2140, 57360, "Host Process for Windows Services", "svchost.exe",
                        ("nt authority", "local service", "S-1-5-19", "System", "TokenElevationTypeDefault")),
        "explorer.exe": ("c:\\windows\\explorer.exe", "Explorer.EXE", "userinit.exe", 7312, 5437312,
                         "Windows Explorer", "EXPLORER.EXE", None),
        "net.exe": ("c:\\windows\\system32\\net.exe", "net  use Z: \\\\46.101.0.1\\builds /TCPPORT:8445",
                    "cmd.exe", 10244, 57344, "Net Command", "net.exe", None),
        "ssh.exe": ("c:\\windows\\system32\\openssh\\ssh.exe", "ssh.exe  deploy@build-relay.example.net",
                    "powershell.exe", 9924, 1028096, "OpenSSH SSH client", "ssh.exe", None),
        "mstsc.exe": ("c:\\windows\\system32\\mstsc.exe", "\"mstsc.exe\" /v:jump.example.org",
                      "explorer.exe", 6120, 1420288, "Remote Desktop Connection", "mstsc.exe", None),
        "msedge.exe": ("c:\\program files (x86)\\microsoft\\edge\\application\\msedge.exe",
                       "\"msedge.exe\" --type=utility --utility-sub-type=network.mojom.NetworkService",
                       "msedge.exe", 8832, 4211200, "Microsoft Edge", "msedge.exe", None),
    }
    folder, cmd, parent, pid, size, desc, orig, acct = table[kind]
    sha1, sha256, md5 = fake_hashes(kind)
    if acct is None:
        user, rid = USERS.get(dev, ("svc-backup", 1187))
        acct = ("contoso", user, "{}-{}".format(DOMAIN_SID, rid), "Medium", "TokenElevationTypeLimited")
        p["InitiatingProcessAccountUpn"] = acct[1] + "@contoso.com"
        p["InitiatingProcessAccountObjectId"] = "{}-4b1e-9c3a-{}".format(sha1[:8] + "-" + sha1[8:12],
                                                                        md5[:12])
    p.update(InitiatingProcessSHA1=sha1, InitiatingProcessSHA256=sha256, InitiatingProcessMD5=md5,
             InitiatingProcessFileName=kind, InitiatingProcessFileSize=size,
             InitiatingProcessVersionInfoCompanyName="Microsoft Corporation",
             InitiatingProcessVersionInfoProductName="Microsoft\u00ae Windows\u00ae Operating System"
             if kind != "msedge.exe" else "Microsoft Edge",
             InitiatingProcessVersionInfoProductVersion="10.0.19041.4355" if kind != "msedge.exe" else "128.0.2739.54",
             InitiatingProcessVersionInfoInternalFileName=orig.split(".")[0],
             InitiatingProcessVersionInfoOriginalFileName=orig,
             InitiatingProcessVersionInfoFileDescription=desc,
             InitiatingProcessId=pid, InitiatingProcessCommandLine=cmd,
             InitiatingProcessCreationTime="2025-09-01T06:{:02d}:{:02d}.{:07d}Z".format(pid % 60, size % 60, pid * 37 % 10000000),
             InitiatingProcessFolderPath=folder, InitiatingProcessParentFileName=parent,
             InitiatingProcessParentId=pid - 1000,
             InitiatingProcessParentCreationTime="2025-09-01T06:{:02d}:00.{:07d}Z".format(pid % 60, pid * 53 % 10000000),
             InitiatingProcessAccountDomain=acct[0], InitiatingProcessAccountName=acct[1],
             InitiatingProcessAccountSid=acct[2], InitiatingProcessIntegrityLevel=acct[3],
             InitiatingProcessTokenElevation=acct[4])
    return p

# --------------------------------------------------------------------------- packets used below

def win_client_flow(user, domain, wks, target_ip, server_nb, server_dns, server_computer, sess):
    """One Windows client SMB2 logon: negotiate, type 1, type 2, type 3, final response."""
    t1 = ntlm_negotiate()
    t2 = ntlm_challenge(server_nb, server_dns, server_computer)
    t3 = ntlm_authenticate(user, domain, wks, "cifs/" + target_ip)
    return {
        "neg_req": smb2_negotiate_request(0),
        "neg_resp": smb2_negotiate_response(0),
        "ss1": smb2_session_setup_request(1, spnego_init(t1)),
        "ss2": smb2_session_setup_response(1, spnego_resp(1, True, t2), sess, STATUS_MORE_PROCESSING_REQUIRED),
        "ss3": smb2_session_setup_request(2, spnego_resp(token=t3, mic=ntlm_mech_list_mic()), sess),
        "ss_ok": smb2_session_setup_response(2, spnego_resp(0, mic=ntlm_mech_list_mic()), sess, 0,
                                             flags=0x00000001, signed=True),
        "ss_fail": smb2_error_response(SMB2_SESSION_SETUP, 2, STATUS_LOGON_FAILURE, sess),
        "ss_denied": smb2_error_response(SMB2_SESSION_SETUP, 2, STATUS_ACCESS_DENIED, sess),
        "t1": t1, "t2": t2, "t3": t3,
    }


def raw_client_flow(user, domain, wks, target_ip, server_nb, server_dns, server_computer, sess):
    """A non-Windows client (raw NTLMSSP, no SPNEGO, CreditCharge 0)."""
    t1 = ntlm_negotiate(flags=0xE0080235)
    t2 = ntlm_challenge(server_nb, server_dns, server_computer, flags=0xE2890235)
    t3 = ntlm_authenticate(user, domain, wks, "cifs/" + target_ip, flags=0xE0880235)
    return {
        "ss1": smb2_session_setup_request(1, t1, credit_charge=0, capabilities=0),
        "ss2": smb2_session_setup_response(1, t2, sess, STATUS_MORE_PROCESSING_REQUIRED, credit_charge=0),
        "ss3": smb2_session_setup_request(2, t3, session_id=sess, credit_charge=0, capabilities=0),
        "t1": t1, "t2": t2, "t3": t3,
    }


def smb1_flow(anonymous, user="", domain="", wks="DESKTOP-Q7T2KD1"):
    t1 = ntlm_negotiate()
    t2 = ntlm_challenge("NAS", "nas.lan", "NAS01", version=(6, 1, 7601))
    t3 = ntlm_authenticate(user, domain, wks, "cifs/nas", anonymous=anonymous)
    return {
        "neg": smb1_negotiate_request(),
        "ss1": smb1_session_setup_request(spnego_init(t1), mid=16),
        "ss2": smb1_session_setup_response(spnego_resp(1, True, t2), 16, 2049, STATUS_MORE_PROCESSING_REQUIRED),
        "ss3": smb1_session_setup_request(spnego_resp(token=t3), mid=32, uid=2049),
        "t1": t1, "t2": t2, "t3": t3,
    }


def http(lines):
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def b64(data):
    return base64.b64encode(data).decode("ascii")

# SMB sessions (session ids as Windows servers hand them out: 0x0000xxxx00000001 style)
S1 = win_client_flow("mkowalski", "CONTOSO", "WS-FIN-07", "185.220.101.34",
                     "FS-DROP", "fs-drop.local", "FS-DROP", 0x0000A40000000001)
BF = [win_client_flow(u, "", "kali", "172.20.5.10", "CONTOSO", "contoso.local", "SRV-EDGE-01", sid)
      for u, sid in (("administrator", 0x0000640000000011), ("admin", 0x0000640000000015),
                     ("backup", 0x0000640000000019))]
AZ = win_client_flow("stcontosofiles01", "AZURE", "LT-SALES-21", "40.112.72.205",
                     "AZURE", "file.core.windows.net", "XSMB-WE1", 0x0000880000000001)
FR = win_client_flow("lbrandt", "NAS-PARIS", "LT-SALES-21", "62.210.10.10",
                     "NAS-PARIS", "nas-paris.local", "NAS-PARIS", 0x0000120000000001)
GB = raw_client_flow("deploy", "BUILDS", "WS-DEV-03", "80.94.95.112",
                     "BUILDS", "builds.local", "BUILD-RELAY", 0x0000300000000001)
HK = win_client_flow("aokafor", "CONTOSO", "WS-HR-12", "103.97.177.5",
                     "SHARE", "share.local", "SHARE-HK", 0x0000550000000001)
CW = raw_client_flow("rsaito", "CONTOSO", "WS-ENG-15", "190.2.131.90",
                     "WKS", "wks.local", "WKS-CW", 0x0000770000000001)
INT = win_client_flow("mkowalski", "CONTOSO", "WS-FIN-07", "10.20.1.5",
                      "CONTOSO", "contoso.local", "SRV-FILE-02", 0x0000440000000001)
NB = smb1_flow(anonymous=True)
CN = smb1_flow(anonymous=False, user="aokafor", domain="CONTOSO", wks="WS-HR-12")
GBNEG = smb2_negotiate_request(0, dialects=(0x0202, 0x0210, 0x0300, 0x0302, 0x0311))
GBSS1 = smb2_session_setup_request(1, spnego_init(ntlm_negotiate()))
SCAN_NEG = smb1_negotiate_request()
SCAN_RESP = smb2_negotiate_response(0, dialect=0x02FF)
VN_NEG = smb2_negotiate_request(0, dialects=(0x0202, 0x0210))
_FULL = smb2_session_setup_request(2, spnego_resp(token=ntlm_authenticate(
    "rsaito", "CONTOSO", "WS-ENG-15", "cifs/190.2.131.90")))
TRUNC = _FULL[:_FULL.index(NTLM_SIGNATURE) + 8 + 2]        # sample cut 2 bytes into the type field

WEBDAV_T1 = ntlm_negotiate(flags=0xA2088207)
WEBDAV_T3 = ntlm_authenticate("mkowalski", "CONTOSO", "WS-FIN-07", "HTTP/185.220.101.34",
                              flags=0xA2888205)

# --------------------------------------------------------------------------- the rows
# Fields: t (HH:MM:SS on 2025-09-01), dev, act, rip, rport, lport, proc, sig (None = key absent),
# sm (SignatureMatchedContent spec), sp (SamplePacketContent spec), af (how AdditionalFields is
# written), expect (hand verdict: "keep <group>" or "drop: reason"), plus optional extra columns.
#   sm/sp specs: ("pct", bytes[, n]) first n bytes Defender-encoded; ("lower", ...) lower-case hex;
#   ("bsx", ...) \xhh spelling; ("text", str) literal; None = key absent.
#   af: "text" JSON text (default), "object" nested JSON object, "wrap-text" JSON text whose
#   SamplePacketContent is the text '["..."]', "wrap-array" nested object whose
#   SamplePacketContent is a JSON array, "none" null column, ("raw", str) literal column text.

NSI, CS, ICA, CF, CA, LCC = ("NetworkSignatureInspected", "ConnectionSuccess", "InboundConnectionAccepted",
                             "ConnectionFailed", "ConnectionAttempt", "ListeningConnectionCreated")


def smbsig(pkt, n=8):
    return ("pct", pkt, n)


def full(pkt):
    return ("pct", pkt, None)


def ntsig(tok):
    return ("pct", tok, 12)


ROWS = [
    # ---- S1: ws-fin-07 follows a UNC link to \\185.220.101.34 (Germany): NTLM hash leak over SMB
    dict(t="08:14:02", dev="D1", act=CS, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         af="none", expect="drop: no AdditionalFields, SignatureName empty"),
    dict(t="08:14:02", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="keep A1 (SMB2, no NTLM)"),
    dict(t="08:14:02", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_resp"]), sp=full(S1["neg_resp"]),
         expect="keep A1 (negotiate response; Flags=1 would fool the KQL heuristic into type 1)"),
    dict(t="08:14:03", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="SMB2", sm=smbsig(S1["ss1"]), sp=full(S1["ss1"]), expect="keep A2 (type 1)"),
    dict(t="08:14:03", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="NTLMSSP", sm=ntsig(S1["t1"]), sp=full(S1["ss1"]), expect="keep A3 (type 1, NTLMSSP signature)"),
    dict(t="08:14:03", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="SMB2", sm=smbsig(S1["ss2"]), sp=full(S1["ss2"]),
         expect="keep A4 (type 2; response Flags=1 before the blob, KQL would say type 1)"),
    dict(t="08:14:03", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="NTLMSSP", sm=ntsig(S1["t2"]), sp=full(S1["ss2"]), expect="keep A5 (type 2, NTLMSSP signature)"),
    dict(t="08:14:03", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="SMB2", sm=smbsig(S1["ss3"]), sp=full(S1["ss3"]),
         expect="keep A6 (type 3; CreditCharge=1 gives %01%00%00%00 at offset 6, KQL would say type 1)"),
    dict(t="08:14:03", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="NTLMSSP", sm=ntsig(S1["t3"]), sp=full(S1["ss3"]), expect="keep A7 (type 3, NTLMSSP signature)"),
    dict(t="08:14:04", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50112, proc="System",
         sig="SMB2", sm=smbsig(S1["ss_denied"]), sp=full(S1["ss_denied"]),
         expect="keep A1 (ACCESS_DENIED response, no NTLM)"),
    dict(t="08:14:02", dev="D1", act=CS, rip="185.220.101.34", rport=139, lport=50113, proc="System",
         af="none", expect="drop: no AdditionalFields"),
    dict(t="08:14:02", dev="D1", act=NSI, rip="185.220.101.34", rport=139, lport=50113, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]),
         expect="keep A8 (port 139, other local port)"),
    dict(t="08:14:05", dev="D1", act=NSI, rip="185.220.101.34", rport=80, lport=50114, proc="svchost.exe",
         sig="HTTP_Client", sm=("text", "PROPFIND /docs HTTP/1.1"),
         sp=full(http(["PROPFIND /docs HTTP/1.1", "Connection: Keep-Alive",
                       "User-Agent: Microsoft-WebDAV-MiniRedir/10.0.19045", "Depth: 0",
                       "Authorization: NTLM " + b64(WEBDAV_T1), "Host: 185.220.101.34"])),
         expect="drop: WebDAV on port 80, NTLMSSP only base64 (no raw NTLMSSP, no SMB marker)"),
    dict(t="08:14:05", dev="D1", act=NSI, rip="185.220.101.34", rport=80, lport=50114, proc="svchost.exe",
         sig="HTTP_Client", sm=("text", "PROPFIND /docs HTTP/1.1"),
         sp=full(http(["PROPFIND /docs HTTP/1.1", "Connection: Keep-Alive",
                       "User-Agent: Microsoft-WebDAV-MiniRedir/10.0.19045", "Depth: 0",
                       "Authorization: NTLM " + b64(WEBDAV_T3), "Host: 185.220.101.34"])),
         af="object", expect="drop: WebDAV type 3, base64 only"),
    dict(t="08:14:06", dev="D1", act=CS, rip="185.220.101.34", rport=445, lport=50115, proc="explorer.exe",
         af="none", expect="drop: no AdditionalFields"),
    dict(t="08:14:06", dev="D1", act=NSI, rip="185.220.101.34", rport=445, lport=50115, proc="explorer.exe",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]),
         expect="keep A9 (explorer.exe, second connection)"),

    # ---- S2: srv-edge-01 (internet facing) takes an SMB2/NTLM password spray from 45.155.205.233 (Russia)
    *[r for i, (rp, f) in enumerate(zip((40112, 40598, 41003), BF)) for r in (
        dict(t="10:02:{:02d}".format(11 + i * 9), dev="D5", act=ICA, rip="45.155.205.233", rport=rp, lport=445,
             proc="System", af="none", expect="drop: InboundConnectionAccepted, no SignatureName"),
        dict(t="10:02:{:02d}".format(11 + i * 9), dev="D5", act=NSI, rip="45.155.205.233", rport=rp, lport=445,
             proc="System", sig="SMB2", sm=smbsig(f["neg_req"]), sp=full(f["neg_req"]),
             expect="keep B1 (inbound negotiate)") if i != 1 else None,
        dict(t="10:02:{:02d}".format(12 + i * 9), dev="D5", act=NSI, rip="45.155.205.233", rport=rp, lport=445,
             proc="System", sig="SMB2", sm=smbsig(f["ss1"]), sp=full(f["ss1"]), expect="keep B2 (type 1)"),
        dict(t="10:02:{:02d}".format(12 + i * 9), dev="D5", act=NSI, rip="45.155.205.233", rport=rp, lport=445,
             proc="System", sig="SMB2", sm=smbsig(f["ss2"]), sp=full(f["ss2"]),
             expect="keep B3 (type 2 sent by srv-edge-01)"),
        dict(t="10:02:{:02d}".format(13 + i * 9), dev="D5", act=NSI, rip="45.155.205.233", rport=rp, lport=445,
             proc="System", sig="SMB2", sm=smbsig(f["ss3"]), sp=full(f["ss3"]),
             expect="keep B4 (type 3, KQL heuristic would say type 1)"),
        dict(t="10:02:{:02d}".format(13 + i * 9), dev="D5", act=NSI, rip="45.155.205.233", rport=rp, lport=445,
             proc="System", sig="SMB2", sm=smbsig(f["ss_fail"]), sp=full(f["ss_fail"]),
             expect="keep B1 (LOGON_FAILURE response)"),
    ) if r is not None],

    # ---- S3: SMB1 sweep against srv-edge-01 from 89.248.165.10 (Netherlands)
    *[dict(t="11:4{}:{:02d}".format(i, 7 + i * 13), dev="D5", act=NSI, rip="89.248.165.10", rport=rp, lport=445,
           proc="System", sig="SMB", sm=("pct", SCAN_NEG, 5), sp=full(SCAN_NEG),
           expect="keep C1 (SMB1 negotiate %FFSMB, repeated source port counted once)")
      for i, rp in enumerate((51234, 51877, 60211, 51234))],
    dict(t="11:43:47", dev="D5", act=NSI, rip="89.248.165.10", rport=60211, lport=445, proc="System",
         sig="SMB2", sm=smbsig(SCAN_RESP), sp=full(SCAN_RESP),
         expect="keep C2 (SMB2 0x02FF answer to the SMB1 probe; MessageId 0 but Flags=1)"),

    # ---- S4: NetBIOS session service (139) on srv-edge-01 from 5.252.178.33 (Romania), SMB1 + anonymous NTLM
    dict(t="12:05:31", dev="D5", act=NSI, rip="5.252.178.33", rport=33210, lport=139, proc="System",
         sig="SMB", sm=("pct", NB["neg"], 5), sp=full(NB["neg"]), expect="keep D1 (SMB1 negotiate on 139)"),
    dict(t="12:05:44", dev="D5", act=NSI, rip="5.252.178.33", rport=33211, lport=139, proc="System",
         sig="SMB", sm=("pct", NB["neg"], 5), sp=full(NB["neg"]), expect="keep D1 (second source port)"),
    dict(t="12:05:44", dev="D5", act=NSI, rip="5.252.178.33", rport=33211, lport=139, proc="System",
         sig="SMB", sm=("pct", NB["ss1"], 5), sp=full(NB["ss1"]), expect="keep D2 (SMB1 type 1)"),
    dict(t="12:05:44", dev="D5", act=NSI, rip="5.252.178.33", rport=33211, lport=139, proc="System",
         sig="SMB", sm=("pct", NB["ss3"], 5), sp=full(NB["ss3"]), expect="keep D3 (SMB1 anonymous type 3)"),
    dict(t="12:05:44", dev="D5", act=NSI, rip="5.252.178.33", rport=33211, lport=139, proc="System",
         sig="NTLMSSP", sm=ntsig(NB["t3"]), sp=full(NB["ss3"]), af="object",
         expect="keep D4 (anonymous type 3, NTLMSSP signature, AdditionalFields as object)"),

    # ---- S5: srv-edge-01 negotiate probes from 118.70.126.110 (Vietnam); Defender left the process empty
    dict(t="13:10:01", dev="D5", act=NSI, rip="118.70.126.110", rport=52001, lport=445, proc=None,
         sig="SMB2", sm=smbsig(VN_NEG), sp=full(VN_NEG), expect="keep E1 (process null -> \"\")"),
    dict(t="13:10:02", dev="D5", act=NSI, rip="118.70.126.110", rport=52002, lport=445, proc="<absent>",
         sig="SMB2", sm=smbsig(VN_NEG), sp=full(VN_NEG), expect="keep E1 (process column absent -> \"\")"),
    dict(t="13:10:03", dev="D5", act=NSI, rip="118.70.126.110", rport=None, lport=445, proc="",
         sig="SMB2", sm=smbsig(VN_NEG), sp=full(VN_NEG),
         expect="keep E1 (process \"\", RemotePort null: counted, not in the set)"),

    # ---- S6: lt-sales-21 at home mounts an Azure file share (Ireland); Defender gave no LocalPort
    dict(t="09:30:10", dev="D4", act=NSI, rip="40.112.72.205", rport=445, lport=None, proc="System",
         sig="SMB2", sm=smbsig(AZ["ss1"]), sp=full(AZ["ss1"]), expect="keep F1 (LocalPort null, type 1)"),
    dict(t="09:30:10", dev="D4", act=NSI, rip="40.112.72.205", rport=445, lport=None, proc="System",
         sig="SMB2", sm=smbsig(AZ["ss2"]), sp=full(AZ["ss2"]), af="object",
         expect="keep F2 (type 2, AdditionalFields as object)"),
    dict(t="09:30:10", dev="D4", act=NSI, rip="40.112.72.205", rport=445, lport=None, proc="System",
         sig="SMB2", sm=smbsig(AZ["ss3"]), sp=full(AZ["ss3"]), af="object",
         expect="keep F3 (type 3, AdditionalFields as object)"),
    dict(t="09:41:55", dev="D4", act=NSI, rip="40.112.72.205", rport=445, lport=None, proc="System",
         sig="SMB2", sm=smbsig(AZ["ss1"]), sp=full(AZ["ss1"]), expect="keep F1 (reconnect, same group)"),
    dict(t="09:30:11", dev="D4", act=NSI, rip="40.112.72.205", rport=445, lport=None, proc="System",
         sig="SMB2", sm=smbsig(AZ["ss_ok"]), sp=full(AZ["ss_ok"]),
         expect="keep F4 (final signed response: mechListMIC has 01 00 00 00 but no NTLMSSP -> unknown)"),
    dict(t="09:30:09", dev="D4", act=CS, rip="40.112.72.205", rport=445, lport=61022, proc="System",
         af="none", expect="drop: ConnectionSuccess, no SignatureName"),
    # ---- S7: lt-sales-21 to a rented NAS at 62.210.10.10 (France), 445 and 139, LocalPort missing
    dict(t="09:52:40", dev="D4", act=NSI, rip="62.210.10.10", rport=445, lport=None, proc="System",
         sig="SMB2", sm=smbsig(FR["neg_req"]), sp=full(FR["neg_req"]), expect="keep G1 (445)"),
    dict(t="09:52:40", dev="D4", act=NSI, rip="62.210.10.10", rport=139, lport=None, proc="System",
         sig="SMB2", sm=smbsig(FR["neg_req"]), sp=full(FR["neg_req"]), expect="keep G1 (139 -> two ports)"),
    dict(t="09:52:41", dev="D4", act=NSI, rip="62.210.10.10", rport=445, proc="System", lport="<absent>",
         sig="SMB2", sm=smbsig(FR["ss3"]), sp=full(FR["ss3"]), expect="keep G2 (type 3, LocalPort column absent)"),
    dict(t="09:52:41", dev="D4", act=NSI, rip="192.168.1.1", rport=445, lport=61110, proc="System",
         sig="SMB2", sm=smbsig(FR["neg_req"]), sp=full(FR["neg_req"]),
         expect="drop: private 192.168/16 (home router; the geo db would say AU)"),

    # ---- S8: ws-dev-03 mounts SMB on a non-standard port (net use /TCPPORT:8445) at 46.101.0.1 (UK)
    dict(t="14:20:00", dev="D3", act=CS, rip="46.101.0.1", rport=8445, lport=55021, proc="net.exe",
         af="none", expect="drop: ConnectionSuccess on 8445: no SMB port, no packet text"),
    dict(t="14:20:00", dev="D3", act=NSI, rip="46.101.0.1", rport=8445, lport=55021, proc="net.exe",
         sig="SMB2", sm=("lower", GBNEG, 8), sp=("lower", GBNEG, None),
         expect="keep H1 (only `SigMatched contains \"%FESMB\"` holds, via lower-case %feSMB)"),
    dict(t="14:20:01", dev="D3", act=NSI, rip="46.101.0.1", rport=8445, lport=55021, proc="net.exe",
         sig="SMB2", sm=smbsig(GBSS1), sp=full(GBSS1),
         expect="keep H2 (8445, %FESMB upper-case, type 1)"),
    dict(t="14:20:01", dev="D3", act=NSI, rip="46.101.0.1", rport=8445, lport=55022, proc="net.exe",
         sig="SMB2", sp=full(GBNEG),
         expect="drop: 8445, SMB marker only in SamplePacketContent (the filter reads SigMatched for %FESMB)"),
    # ---- S9: ws-dev-03 to 80.94.95.112 (UK) on 4445: NTLMSSP only in the sample packet
    dict(t="14:35:12", dev="D3", act=NSI, rip="80.94.95.112", rport=4445, lport=55310, proc="System",
         sig="NTLMSSP", sp=full(GB["ss2"]),
         expect="keep I1 (only `SamplePacket contains \"NTLMSSP\"` holds; raw type 2)"),
    dict(t="14:35:12", dev="D3", act=NSI, rip="80.94.95.112", rport=4445, lport=55310, proc="System",
         sig="NTLMSSP", sm=("text", ""), sp=full(GB["ss3"]),
         expect="keep I2 (SigMatched empty; raw type 3 after SessionId bytes 01 00 00 00)"),
    dict(t="14:35:13", dev="D3", act=NSI, rip="80.94.95.112", rport=22, lport=55311, proc="ssh.exe",
         sig="SSH", sm=("text", "SSH-2.0-OpenSSH_for_Windows_9.5"),
         sp=full(b"SSH-2.0-OpenSSH_for_Windows_9.5\r\n"), expect="drop: SSH, no SMB/NTLM"),

    # ---- S10: ws-hr-12 browses \\218.92.0.31 (China) over NetBIOS 139 with SMB1
    dict(t="15:01:20", dev="D2", act=NSI, rip="218.92.0.31", rport=139, lport=49700, proc="explorer.exe",
         sig="SMB", sm=("pct", CN["neg"], 5), sp=full(CN["neg"]), expect="keep J1 (SMB1 on 139, no NTLM)"),
    dict(t="15:01:20", dev="D2", act=NSI, rip="218.92.0.31", rport=139, lport=49700, proc="explorer.exe",
         sig="SMB", sm=("pct", CN["ss1"], 5), sp=full(CN["ss1"]), expect="keep J2 (SMB1 type 1)"),
    dict(t="15:01:21", dev="D2", act=NSI, rip="218.92.0.31", rport=139, lport=49700, proc="explorer.exe",
         sig="SMB", sm=("pct", CN["ss2"], 5), sp=full(CN["ss2"]), af="wrap-text",
         expect="keep J3 (SMB1 type 2; SamplePacketContent is the text [\"...\"])"),
    dict(t="15:01:21", dev="D2", act=NSI, rip="218.92.0.31", rport=139, lport=49700, proc="explorer.exe",
         sig="SMB", sm=("pct", CN["ss3"], 5), sp=full(CN["ss3"]), expect="keep J4 (SMB1 type 3)"),
    # ---- S11: ws-hr-12 to 103.97.177.5 (Hong Kong), packet text spelled with \xhh escapes
    dict(t="15:12:09", dev="D2", act=NSI, rip="103.97.177.5", rport=445, lport=49811, proc="System",
         sig="SMB2", sm=("bsx", HK["ss1"], 8), sp=("bsx", HK["ss1"], None),
         expect="keep K1 (\\x-escaped type 1; kept by port 445 only, no %FESMB text)"),
    dict(t="15:12:09", dev="D2", act=NSI, rip="103.97.177.5", rport=445, lport=49811, proc="System",
         sig="SMB2", sm=("bsx", HK["ss3"], 8), sp=("bsx", HK["ss3"], None),
         expect="keep K2 (\\x-escaped type 3)"),

    # ---- S12: ws-eng-15 to 190.2.131.90 (Curacao): array-wrapped packets, null port, truncated blob
    dict(t="16:44:30", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51515, proc="System",
         sig="SMB2", sm=smbsig(CW["ss1"]), sp=full(CW["ss1"]), af="wrap-text",
         expect="keep L1 (raw type 1, SamplePacketContent text [\"...\"])"),
    dict(t="16:44:31", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51515, proc="System",
         sig="SMB2", sm=smbsig(CW["ss3"]), sp=full(CW["ss3"]), af="wrap-array",
         expect="keep L2 (raw type 3 with MessageId bytes 02.., SessionId ..01 00 00 00; array in object)"),
    dict(t="16:44:31", dev="D8", act=NSI, rip="190.2.131.90", rport=None, lport=51516, proc="System",
         sig="SMB2", sm=smbsig(CW["ss1"]), sp=full(CW["ss1"]),
         expect="keep L3 (RemotePort null: kept by %FESMB; set [], Distinct_ports 0)"),
    dict(t="16:44:32", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51517, proc="System",
         sig="SMB2", sm=smbsig(TRUNC), sp=full(TRUNC),
         expect="keep L4 (packet cut inside the type field -> unknown)"),

    # ---- S13: 172.32.1.9 is just outside 172.16.0.0/12: public (United States)
    dict(t="08:55:12", dev="D1", act=NSI, rip="172.32.1.9", rport=445, lport=50301, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]),
         expect="keep M1 (172.32.x is not private)"),

    # ---- private remotes (the geo db answers AU for 172.16/12 and 192.168/16, so a wrong
    #      ipv4_is_private would surface them as "Australia")
    dict(t="09:01:00", dev="D6", act=NSI, rip="10.20.14.57", rport=50511, lport=445, proc="System",
         sig="SMB2", sm=smbsig(INT["ss1"]), sp=full(INT["ss1"]), expect="drop: private 10/8"),
    dict(t="09:01:00", dev="D6", act=NSI, rip="10.20.14.57", rport=50511, lport=445, proc="System",
         sig="SMB2", sm=smbsig(INT["ss2"]), sp=full(INT["ss2"]), expect="drop: private 10/8"),
    dict(t="09:01:00", dev="D6", act=NSI, rip="10.20.14.57", rport=50511, lport=445, proc="System",
         sig="SMB2", sm=smbsig(INT["ss3"]), sp=full(INT["ss3"]), expect="drop: private 10/8"),
    dict(t="09:01:00", dev="D1", act=NSI, rip="10.20.1.5", rport=445, lport=50511, proc="System",
         sig="NTLMSSP", sm=ntsig(INT["t3"]), sp=full(INT["ss3"]), expect="drop: private 10/8"),
    dict(t="09:03:10", dev="D7", act=NSI, rip="172.16.4.20", rport=49920, lport=445, proc="System",
         sig="SMB2", sm=smbsig(INT["neg_req"]), sp=full(INT["neg_req"]), expect="drop: private 172.16/12"),
    dict(t="09:03:11", dev="D7", act=NSI, rip="172.31.255.254", rport=49921, lport=445, proc="System",
         sig="SMB2", sm=smbsig(INT["ss1"]), sp=full(INT["ss1"]), expect="drop: private 172.16/12 (upper edge)"),
    dict(t="09:03:12", dev="D5", act=NSI, rip="172.20.9.14", rport=445, lport=50777, proc="System",
         sig="SMB", sm=("pct", SCAN_NEG, 5), sp=full(SCAN_NEG), expect="drop: private 172.16/12"),
    dict(t="09:03:13", dev="D8", act=NSI, rip="192.168.56.101", rport=445, lport=51200, proc="System",
         sig="SMB2", sm=smbsig(INT["ss3"]), sp=full(INT["ss3"]), expect="drop: private 192.168/16"),

    # ---- malformed, IPv6 and non-IPv4 remote addresses: ipv4_is_private is null -> row dropped
    dict(t="10:15:00", dev="D1", act=NSI, rip="10.0.0.256", rport=445, lport=50401, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: octet 256, not IPv4"),
    dict(t="10:15:01", dev="D1", act=NSI, rip="-", rport=445, lport=50402, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: \"-\", not IPv4"),
    dict(t="10:15:02", dev="D1", act=NSI, rip="10.0.0.1:445", rport=445, lport=50403, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: address:port, not IPv4"),
    dict(t="10:15:03", dev="D1", act=NSI, rip="185.220.101.34:445", rport=445, lport=50404, proc="System",
         sig="SMB2", sm=smbsig(S1["ss3"]), sp=full(S1["ss3"]),
         expect="drop: public address:port, not IPv4 (a lax parser would report Germany)"),
    dict(t="10:15:04", dev="D1", act=NSI, rip="2a01:4f8:c17:1b2a::1", rport=445, lport=50405, proc="System",
         sig="SMB2", sm=smbsig(S1["ss1"]), sp=full(S1["ss1"]), expect="drop: IPv6 (public, geo would know it)"),
    dict(t="10:15:05", dev="D1", act=NSI, rip="fe80::1c2d:3e4f:5a6b:7c8d", rport=445, lport=50406,
         proc="System", sig="SMB2", sm=smbsig(S1["ss1"]), sp=full(S1["ss1"]), expect="drop: IPv6 link-local"),
    dict(t="10:15:06", dev="D1", act=NSI, rip="::ffff:185.220.101.34", rport=445, lport=50407, proc="System",
         sig="SMB2", sm=smbsig(S1["ss3"]), sp=full(S1["ss3"]), RemoteIPType="FourToSixMapping",
         expect="drop: IPv4-mapped IPv6 text is not a dotted quad"),
    dict(t="10:15:07", dev="D1", act=NSI, rip="010.20.0.15", rport=445, lport=50408, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]),
         expect="drop: leading zero read as decimal -> 10.20.0.15, private"),
    dict(t="10:15:08", dev="D1", act=NSI, rip="172.016.5.9", rport=445, lport=50409, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]),
         expect="drop: 172.016.5.9 is decimal 172.16.5.9, private (octal would make it public)"),
    dict(t="10:15:09", dev="D1", act=NSI, rip="192.168.10.5/24", rport=445, lport=50410, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: CIDR input, private"),
    dict(t="10:15:10", dev="D1", act=NSI, rip="fileshare.contoso-partner.com", rport=445, lport=50411,
         proc="System", sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]),
         expect="drop: host name, never resolved"),
    dict(t="10:15:11", dev="D1", act=NSI, rip="185.220.101", rport=445, lport=50412, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: three octets"),
    dict(t="10:15:12", dev="D1", act=NSI, rip="", rport=445, lport=50413, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: RemoteIP empty"),
    dict(t="10:15:13", dev="D1", act=NSI, rip=None, rport=445, lport=50414, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: RemoteIP null"),
    dict(t="10:15:14", dev="D1", act=NSI, rip="<absent>", rport=445, lport=50415, proc="System",
         sig="SMB2", sm=smbsig(S1["neg_req"]), sp=full(S1["neg_req"]), expect="drop: RemoteIP column absent"),
    dict(t="10:20:00", dev="D5", act=LCC, rip="", rport=None, lport=445, proc="System", af="none",
         RemoteIPType=None, expect="drop: listening socket, RemoteIP empty"),

    # ---- public IPv4 the geo database does not know: geo_ip "" -> dropped
    dict(t="11:00:00", dev="D3", act=NSI, rip="192.0.2.45", rport=445, lport=55401, proc="System",
         sig="SMB2", sm=smbsig(GBSS1), sp=full(GBSS1), expect="drop: 192.0.2.0/24 (TEST-NET-1) unknown to geo"),
    dict(t="11:00:01", dev="D3", act=NSI, rip="103.75.201.4", rport=445, lport=55402, proc="System",
         sig="SMB2", sm=smbsig(GBSS1), sp=full(GBSS1), expect="drop: allocated but not in the geo db"),
    dict(t="11:00:02", dev="D3", act=NSI, rip="100.64.3.7", rport=445, lport=55403, proc="System",
         sig="SMB2", sm=smbsig(GBSS1), sp=full(GBSS1), expect="drop: 100.64/10 CGNAT, not private, geo unknown"),
    dict(t="11:00:03", dev="D3", act=NSI, rip="127.0.0.1", rport=445, lport=55404, proc="System",
         sig="SMB2", sm=smbsig(GBSS1), sp=full(GBSS1), RemoteIPType="Loopback",
         expect="drop: loopback, not private, geo unknown"),
    dict(t="11:00:04", dev="D3", act=NSI, rip="169.254.17.5", rport=445, lport=55405, proc="System",
         sig="SMB2", sm=smbsig(GBSS1), sp=full(GBSS1), RemoteIPType="LinkLocal",
         expect="drop: link-local, not private, geo unknown"),

    # ---- SignatureName missing or empty (public, known address, SMB on 445)
    dict(t="12:30:00", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51600, proc="System",
         sig="", sm=smbsig(CW["ss1"]), sp=full(CW["ss1"]), expect="drop: SignatureName \"\""),
    dict(t="12:30:01", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51601, proc="System",
         sig=None, sm=smbsig(CW["ss1"]), sp=full(CW["ss1"]), expect="drop: SignatureName key absent"),
    dict(t="12:30:02", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51602, proc="System",
         sig="<json-null>", sm=smbsig(CW["ss1"]), sp=full(CW["ss1"]), af="object",
         expect="drop: SignatureName JSON null"),
    dict(t="12:30:03", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51603, proc="System",
         af=("raw", '{"SignatureName":"SMB2","SignatureMatchedContent":"%FESMB@%00%01%00'),
         expect="drop: AdditionalFields is truncated JSON -> parse_json gives a string, no SignatureName"),
    dict(t="12:30:04", dev="D8", act=NSI, rip="190.2.131.90", rport=445, lport=51604, proc="System",
         af=("raw", ""), expect="drop: AdditionalFields \"\""),
    dict(t="12:30:05", dev="D8", act=CA, rip="190.2.131.90", rport=445, lport=51605, proc="System",
         af="none", expect="drop: ConnectionAttempt, no AdditionalFields"),
    dict(t="12:30:06", dev="D8", act=CF, rip="190.2.131.90", rport=445, lport=51606, proc="System",
         af="none", expect="drop: ConnectionFailed, no AdditionalFields"),

    # ---- ordinary traffic that is neither SMB nor NTLM (public, known addresses)
    dict(t="13:00:00", dev="D2", act=NSI, rip="13.107.42.14", rport=443, lport=49900, proc="msedge.exe",
         sig="HTTP_Client", sm=("text", "GET /config/v1/ HTTP/1.1"),
         sp=full(http(["GET /config/v1/ HTTP/1.1", "Host: config.example.com", "User-Agent: Mozilla/5.0"])),
         expect="drop: HTTP, no SMB/NTLM"),
    dict(t="13:00:01", dev="D2", act=CS, rip="13.107.42.14", rport=443, lport=49900, proc="msedge.exe",
         af="none", expect="drop: ConnectionSuccess on 443: no SMB port, no packet text"),
    dict(t="13:05:00", dev="D8", act=NSI, rip="141.98.10.63", rport=3389, lport=51700, proc="mstsc.exe",
         sig="RDP", sm=("text", "Cookie: mstshash=rsaito"),
         sp=full(b"\x03\x00\x00\x2a\x25\xe0\x00\x00\x00\x00\x00Cookie: mstshash=rsaito\r\n\x01\x00\x08\x00\x0b\x00\x00\x00"),
         expect="drop: RDP on 3389 (its negotiation request has 01 00 08 00, no SMB/NTLM)"),
    dict(t="13:06:00", dev="D5", act=NSI, rip="141.98.10.63", rport=50122, lport=80, proc=None,
         sig="HTTP_Server", sm=("text", "GET /owa/auth/x.js HTTP/1.1"),
         sp=full(http(["GET /owa/auth/x.js HTTP/1.1", "Host: 172.20.5.10", "Authorization: NTLM " + b64(ntlm_negotiate())])),
         expect="drop: HTTP on 80 with base64 NTLM"),
    dict(t="13:07:00", dev="D5", act=ICA, rip="141.98.10.63", rport=50131, lport=445, proc="System",
         af="none", expect="drop: InboundConnectionAccepted on 445, no SignatureName"),
    dict(t="13:07:01", dev="D5", act=NSI, rip="141.98.10.63", rport=50131, lport=445, proc="System",
         sig="SMB2", sm=smbsig(VN_NEG), sp=full(VN_NEG), af="object",
         expect="keep N1 (Lithuania, inbound negotiate, object)"),
    dict(t="13:07:02", dev="D5", act=NSI, rip="141.98.10.63", rport=50133, lport=445, proc="System",
         sig="SMB2", sm=smbsig(VN_NEG), sp=full(VN_NEG), expect="keep N1 (second source port)"),
    dict(t="13:07:03", dev="D5", act=NSI, rip="141.98.10.63", rport=50140, lport=445, proc="System",
         sig="SMB2", sm=smbsig(VN_NEG), sp=full(VN_NEG), expect="keep N1 (third source port)"),
]

# --------------------------------------------------------------------------- rendering

COLUMNS = ["Timestamp", "DeviceId", "DeviceName", "ActionType", "RemoteIP", "RemotePort", "RemoteUrl",
           "LocalIP", "LocalPort", "Protocol", "LocalIPType", "RemoteIPType"]
TAIL = ["ReportId", "AppGuardContainerId", "AdditionalFields", "InitiatingProcessSessionId",
        "IsInitiatingProcessRemoteSession", "InitiatingProcessRemoteSessionDeviceName",
        "InitiatingProcessRemoteSessionIP"]


def packet_text(spec):
    kind = spec[0]
    if kind == "text":
        return spec[1]
    data = spec[1] if spec[2] is None else spec[1][:spec[2]]
    text = {"pct": pct, "lower": lambda d: pct(d, lower=True), "bsx": bsx}[kind](data)
    assert _decode_check(text) == data, "packet text does not round-trip"
    return text


def additional_fields(row):
    af = row.get("af", "text")
    if af == "none":
        return None
    if isinstance(af, tuple):
        return af[1]
    fields = {}
    sig = row.get("sig")
    if sig is not None:
        fields["SignatureName"] = None if sig == "<json-null>" else sig
    if row.get("sm") is not None:
        fields["SignatureMatchedContent"] = packet_text(row["sm"])
    if row.get("sp") is not None:
        sample = packet_text(row["sp"])
        if af == "wrap-text":
            sample = json.dumps([sample], separators=(",", ":"))
        elif af == "wrap-array":
            sample = [sample]
        fields["SamplePacketContent"] = sample
    if af in ("object", "wrap-array"):
        return fields
    return json.dumps(fields, separators=(",", ":"))


def ip_type(ip):
    """RemoteIPType as Defender would fill it (rows may override it)."""
    if ip in (None, "", "-", "<absent>"):
        return None
    if ip.startswith(("10.", "192.168.", "172.16.", "172.20.", "172.31.", "010.", "172.016.")):
        return "Private"
    return "Public"


def render(row, index, nth_in_second):
    name, local_ip = DEVICES[row["dev"]]
    # fractions grow within a second, so the file stays in time order
    assert nth_in_second < 6
    ts = "2025-09-01T{}.{:07d}Z".format(row["t"], nth_in_second * 1_500_000 + (index * 7919 * 131) % 1_400_000)
    rec = {
        "Timestamp": ts,
        "DeviceId": hashlib.sha1(("huntsql synthetic device " + name).encode()).hexdigest(),
        "DeviceName": name,
        "ActionType": row["act"],
        "RemoteIP": row["rip"],
        "RemotePort": row["rport"],
        "RemoteUrl": None,
        "LocalIP": local_ip,
        "LocalPort": row["lport"],
        "Protocol": "Tcp",
        "LocalIPType": "Private",
        "RemoteIPType": row["RemoteIPType"] if "RemoteIPType" in row else ip_type(row["rip"]),
    }
    rec.update(process(row["proc"] if row["proc"] != "<absent>" else None, row["dev"]))
    # ReportId: per-device counters; srv-edge-01 and lt-sales-21 are past 2^32
    base = {"D5": 21474838000, "D4": 4294968000}.get(row["dev"], 88000 + int(row["dev"][1]) * 10000)
    rec["ReportId"] = base + index * 3
    rec["AppGuardContainerId"] = ""
    rec["AdditionalFields"] = additional_fields(row)
    rec["InitiatingProcessSessionId"] = None if row["proc"] in (None, "System", "<absent>", "") else 1
    rec["IsInitiatingProcessRemoteSession"] = None if rec["InitiatingProcessSessionId"] is None else False
    rec["InitiatingProcessRemoteSessionDeviceName"] = None
    rec["InitiatingProcessRemoteSessionIP"] = None
    for col, marker in (("RemoteIP", "rip"), ("LocalPort", "lport")):
        if row[marker] == "<absent>":
            del rec[col]
    if row["proc"] == "<absent>":
        del rec["InitiatingProcessFileName"]
    if row["dev"] == "D5":
        rec["MachineGroup"] = "DMZ Servers"           # Streaming-API decoration: an unknown column
    return rec


def main(argv):
    rows = sorted(ROWS, key=lambda r: r["t"])        # stable: same-second rows keep spec order
    if "--table" in argv:
        print("| line | device | ActionType | RemoteIP | RemotePort | LocalPort | SignatureName | verdict (by hand) |")
        print("|---:|---|---|---|---|---|---|---|")
        for i, r in enumerate(rows, 1):
            sig = r.get("sig")
            sig = "(absent)" if sig is None else ("(JSON null)" if sig == "<json-null>" else sig)
            if r.get("af") == "none" or isinstance(r.get("af"), tuple):
                sig = "(no AdditionalFields)" if r.get("af") == "none" else "(bad AdditionalFields)"
            print("| {} | {} | {} | `{}` | {} | {} | {} | {} |".format(
                i, DEVICES[r["dev"]][0].split(".")[0], r["act"],
                {None: "null", "<absent>": "(absent)"}.get(r["rip"], r["rip"]) or '""',
                "null" if r["rport"] is None else r["rport"],
                {None: "null", "<absent>": "(absent)"}.get(r["lport"], r["lport"]),
                sig, r["expect"].replace("|", "\\|")))
        return
    out = sys.stdout
    previous, nth = None, 0
    for i, r in enumerate(rows, 1):
        nth = nth + 1 if r["t"] == previous else 0
        previous = r["t"]
        out.write(json.dumps(render(r, i, nth), ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
