#!/usr/bin/env python3
"""Self-test of smb_ntlm_reference.py (standard library unittest).

    python3 queries/src/test/reference/test_smb_ntlm_reference.py

Checks the packet decoder and message-type reader on hand-written packet text, the IPv4 and
Kusto value helpers, and that the hand-made tables in README.md agree with the script's verdict
for every sample record and with the expected file.
"""
import io
import json
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True          # keep __pycache__ out of the source tree

import smb_ntlm_reference as ref  # noqa: E402

SAMPLE = os.path.join(ROOT, "sample-data", "DeviceNetworkEvents.json")
GEO = os.path.join(HERE, "geo-answers.tsv")
EXPECTED = os.path.join(ROOT, "queries", "src", "test", "resources", "expected",
                        "smb-ntlm-unknown-remote.sample.jsonl")
README = os.path.join(HERE, "README.md")

# An SMB2 SESSION_SETUP request carrying a raw NTLM AUTHENTICATE, typed by hand from [MS-SMB2]
# 2.2.1 / 2.2.5 and [MS-NLMP] 2.2.1.3 (cut after the LmChallengeResponseFields):
#   FE 'SMB' | StructureSize 64 | CreditCharge 1 | Status 0 | Command 1 | Credits 33 | Flags 0 |
#   NextCommand 0 | MessageId 2 | ProcessId FEFF | TreeId 0 | SessionId 0x0000120000000001 |
#   Signature 0 x16 | StructureSize 25, Flags 0, SecurityMode 1, Capabilities 1, Channel 0,
#   SecurityBufferOffset 0x58, SecurityBufferLength 0x0120, PreviousSessionId 0 | 'NTLMSSP' 00 | 03 00 00 00
SMB2_TYPE3 = ("%FESMB@%00%01%00%00%00%00%00%01%00!%00%00%00%00%00%00%00%00%00%02%00%00%00%00%00%00%00"
              "%FF%FE%00%00%00%00%00%00%01%00%00%00%00%12%00%00" + "%00" * 16 +
              "%19%00%00%01%01%00%00%00%00%00%00%00X%00%20%01%00%00%00%00%00%00%00%00"
              "NTLMSSP%00%03%00%00%00%18%00%18%00X%00%00%00")

# The same idea for SMB1 SESSION_SETUP_ANDX response with an NTLM CHALLENGE, in \xhh spelling
SMB1_TYPE2_BSX = ("\\xffSMBs\\x16\\x00\\x00\\xc0\\x98\\x07\\xc8\\x00\\x00" + "\\x00" * 8 +
                  "\\x00\\x00\\xff\\xff\\xfe\\xff\\x01\\x08\\x10\\x00\\x04\\xff\\x00\\x00\\x00"
                  "\\x00\\x00\\x40\\x00\\x55\\x00NTLMSSP\\x00\\x02\\x00\\x00\\x00\\x06\\x00")


class DecoderTest(unittest.TestCase):
    def test_percent_escapes_either_case(self):
        self.assertEqual(ref.decode_packet_text("%FESMB@%00"), b"\xfeSMB@\x00")
        self.assertEqual(ref.decode_packet_text("%feSMB%40%00"), b"\xfeSMB@\x00")
        self.assertEqual(ref.decode_packet_text("%25programdata%25"), b"%programdata%")

    def test_backslash_x_escapes(self):
        self.assertEqual(ref.decode_packet_text("\\xffSMBr\\x00"), b"\xffSMBr\x00")
        self.assertEqual(ref.decode_packet_text("\\XFF"), b"\\XFF")      # only \x is an escape

    def test_incomplete_escapes_are_literal(self):
        self.assertEqual(ref.decode_packet_text("100%"), b"100%")
        self.assertEqual(ref.decode_packet_text("%zz%4"), b"%zz%4")
        self.assertEqual(ref.decode_packet_text("C:\\x"), b"C:\\x")

    def test_other_characters_are_bytes(self):
        self.assertEqual(ref.decode_packet_text("a\u0001\u0000b"), b"a\x01\x00b")
        self.assertEqual(ref.decode_packet_text("\u00e9\u20ac"), b"\xe9\xe2\x82\xac")

    def test_smb2_type3_after_header_bytes_01000000(self):
        data = ref.decode_packet_text(SMB2_TYPE3)
        self.assertEqual(data[:4], b"\xfeSMB")
        self.assertEqual(data.index(b"NTLMSSP\x00"), 0x58)   # right after the fixed SESSION_SETUP body
        self.assertEqual(data[6:10], b"\x01\x00\x00\x00")    # CreditCharge 1 + Status 0
        self.assertEqual(ref.ntlm_message_type(SMB2_TYPE3), 3)
        self.assertEqual(ref.kql_heuristic_type(SMB2_TYPE3), 1)   # what the seed KQL says

    def test_smb1_type2_in_backslash_spelling(self):
        self.assertEqual(ref.ntlm_message_type(SMB1_TYPE2_BSX), 2)
        self.assertEqual(ref.kql_heuristic_type(SMB1_TYPE2_BSX), 0)

    def test_first_signature_in_combined_text(self):
        combined = "NTLMSSP%00%01%00%00%00" + " " + "%FESMB...NTLMSSP%00%03%00%00%00"
        self.assertEqual(ref.ntlm_message_type(combined), 1)
        self.assertEqual(ref.ntlm_message_type(" " + SMB2_TYPE3), 3)

    def test_absent_or_truncated_type(self):
        self.assertEqual(ref.ntlm_message_type(""), 0)
        self.assertEqual(ref.ntlm_message_type("%FESMB@%00%01%00%00%00"), 0)
        self.assertEqual(ref.ntlm_message_type("NTLMSSP%00%03%00"), 0)
        self.assertEqual(ref.ntlm_message_type("NTLMSSP %03%00%00%00"), 0)     # no NUL after NTLMSSP
        self.assertEqual(ref.ntlm_message_type("ntlmssp%00%03%00%00%00"), 0)   # bytes are case-sensitive

    def test_message_type_texts(self):
        self.assertEqual(ref.msg_type_text(ref.ntlm_message_type("NTLMSSP%00%02%00%00%00")),
                         "Type 2 = server responds with Challenge")
        self.assertEqual(ref.msg_type_text(ref.ntlm_message_type("NTLMSSP%00%05%00%00%00")),
                         "Unknown / not extracted")
        self.assertEqual(ref.msg_type_text(0), "Unknown / not extracted")


class IpTest(unittest.TestCase):
    def test_private(self):
        for ip in ("10.0.0.1", "172.16.0.0", "172.31.255.254", "192.168.1.1", "192.168.1.1/24",
                   "010.20.0.15", "172.016.5.9"):
            self.assertIs(ref.ipv4_is_private(ip), True, ip)

    def test_public(self):
        for ip in ("8.8.8.8", "172.32.1.9", "172.15.255.255", "100.64.0.1", "127.0.0.1",
                   "169.254.1.1", "192.169.0.1", "11.0.0.1", "0.0.0.0", "255.255.255.255"):
            self.assertIs(ref.ipv4_is_private(ip), False, ip)

    def test_not_ipv4(self):
        for ip in (None, "", "-", "10.0.0.256", "10.0.0.1:445", "::ffff:10.0.0.1", "fe80::1",
                   "2a01:4f8::1", "10.0.0", "10.0.0.1.2", "host.example", " 10.0.0.1", "10.0.0.1/33",
                   "0010.0.0.1", "1e1.0.0.1"):
            self.assertIsNone(ref.ipv4_is_private(ip), ip)


class KustoValueTest(unittest.TestCase):
    def test_parse_json(self):
        self.assertIsNone(ref.parse_json(None))
        self.assertIsNone(ref.parse_json(""))
        self.assertEqual(ref.parse_json('{"a":1}'), {"a": 1})
        self.assertEqual(ref.parse_json('{"a":'), '{"a":')
        self.assertEqual(ref.parse_json({"a": 1}), {"a": 1})

    def test_member_and_tostring(self):
        self.assertIsNone(ref.member("text", "SignatureName"))
        self.assertIsNone(ref.member({"SignatureName": None}, "SignatureName"))
        self.assertEqual(ref.tostring(None), "")
        self.assertEqual(ref.tostring(["%FESMB", "x"]), '["%FESMB","x"]')
        self.assertEqual(ref.tostring({"k": 1}), '{"k":1}')

    def test_contains_is_case_insensitive(self):
        self.assertTrue(ref.contains("%feSMB@", "%FESMB"))
        self.assertFalse(ref.contains("%FE SMB", "%FESMB"))

    def test_in_ports(self):
        self.assertTrue(ref.in_ports(445))
        self.assertFalse(ref.in_ports(None))
        self.assertFalse(ref.in_ports(8445))


# --------------------------------------------------------------------------- README tables

SHORT_TYPES = {"T1": ref.MSG_TYPE_TEXT[1], "T2": ref.MSG_TYPE_TEXT[2], "T3": ref.MSG_TYPE_TEXT[3],
               "U": ref.UNKNOWN_TYPE}


def _cells(line):
    inner = line.strip()[1:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]


def readme_tables():
    groups, lines = [], {}
    with open(README, encoding="utf-8") as f:
        for line in f:
            if not re.match(r"^\| \d+ \|", line):
                continue
            cells = _cells(line)
            if len(cells) == 13:
                groups.append(cells)
            elif len(cells) == 8:
                lines[int(cells[0])] = cells[7]
    return groups, lines


def group_row(cells):
    _, label, dev, lport, proc, geo, ip, sig, mt, ports, distinct, count, members = cells
    row = {"DeviceName": dev, "LocalPort": None if lport == "null" else int(lport),
           "InitiatingProcessFileName": "" if proc == '""' else proc, "geo_ip": geo, "RemoteIP": ip,
           "SignatureName": sig, "MsgType": SHORT_TYPES[mt], "ActionType": "NetworkSignatureInspected",
           "set_RemotePort": json.loads(ports), "Distinct_ports": int(distinct), "count_": int(count)}
    return label, row, [int(n) for n in members.split()]


class HandCheckTest(unittest.TestCase):
    def setUp(self):
        self.groups, self.lines = readme_tables()
        with open(EXPECTED, encoding="utf-8") as f:
            self.expected = [json.loads(l) for l in f if l.strip()]

    def test_expected_file_is_current(self):
        rows = ref.run(SAMPLE, GEO)
        self.assertEqual([{k: r[k] for k in ref.OUT_KEYS} for r in rows], self.expected)
        with open(EXPECTED, encoding="utf-8") as f:
            for line, row in zip(f, self.expected):
                self.assertEqual(list(json.loads(line).keys()), ref.OUT_KEYS)

    def test_hand_group_table_equals_expected_file(self):
        self.assertEqual(len(self.groups), len(self.expected))
        for cells, row in zip(self.groups, self.expected):
            self.assertEqual(group_row(cells)[1], row, cells[1])

    def test_every_line_as_reasoned_by_hand(self):
        explain = io.StringIO()
        ref.run(SAMPLE, GEO, explain=explain)
        verdicts = {}
        for line in explain.getvalue().splitlines():
            n, verdict, detail = line.split("\t", 2)
            verdicts[int(n)] = (verdict, detail)
        self.assertEqual(sorted(verdicts), sorted(self.lines))
        label_of_line = {}
        key_of_label = {}
        for cells in self.groups:
            label, row, members = group_row(cells)
            key_of_label[label] = [row[k] for k in ref.OUT_KEYS[:8]]
            for n in members:
                label_of_line[n] = label
        for n, hand in self.lines.items():
            verdict, detail = verdicts[n]
            if hand.startswith("keep "):
                label = hand.split()[1]
                self.assertEqual(verdict, "keep", (n, hand, detail))
                self.assertEqual(label_of_line.get(n), label, (n, "line missing from the group table"))
                self.assertEqual(json.loads(detail), key_of_label[label], (n, hand))
            else:
                self.assertTrue(hand.startswith("drop: "), (n, hand))
                self.assertEqual(verdict, "drop", (n, hand, detail))
        self.assertEqual(set(label_of_line), {n for n, h in self.lines.items() if h.startswith("keep ")})


if __name__ == "__main__":
    unittest.main(verbosity=1)
