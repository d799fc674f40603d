-- title: SMB & NTLM negotiation with unknown public hosts
-- finds: Devices that negotiate SMB (SMB1 %FFSMB, SMB2/3 %FESMB) or NTLM (NTLMSSP) with public
--   IPv4 addresses, grouped per device, local port, process, country, remote address, network
--   signature, NTLM message type and action: credentials offered to, or shares opened on, hosts
--   outside the organisation (NTLM relay, coerced authentication, data theft over SMB).
-- source: A community KQL hunt for Microsoft Defender's DeviceNetworkEvents ("SMB & NTLM
--   Negotiation to Unknown Remote IPs", smb-ntlm-unknown-remote.kql, the seed hunt this project
--   was asked to ship); translated to
--   huntsql SQL with the same filters, columns, column names and order.
-- differs: the NTLM message type is read where NTLMSSP defines it (the 4
--   little-endian bytes after the first "NTLMSSP\0" signature in SignatureMatchedContent + " " +
--   SamplePacketContent) instead of searching the whole packet text for "%01%00%00%00" and its
--   kin: in real SMB2 traffic the header alone often holds 01 00 00 00 (a message id of 1), so
--   the KQL labels a type 3 message as type 1. Everything else follows the KQL's semantics:
--   RemotePort IN (139, 445) is false for a null port; ipv4_is_private is null (so the row is
--   dropped) for IPv6 and malformed addresses; empty strings stand for missing text.
-- tables: DeviceNetworkEvents
WITH inspected AS (
  SELECT
    DeviceName,
    LocalPort,
    InitiatingProcessFileName,
    RemoteIP,
    RemotePort,
    ActionType,
    json_get(AdditionalFields, 'SignatureName') AS SignatureName,
    json_get(AdditionalFields, 'SignatureMatchedContent') AS SigMatched,
    json_get(AdditionalFields, 'SamplePacketContent') AS SamplePacket
  FROM DeviceNetworkEvents
),
smb_or_ntlm_to_public AS (
  SELECT
    tostring(DeviceName) AS DeviceName,
    LocalPort,
    tostring(InitiatingProcessFileName) AS InitiatingProcessFileName,
    geo_country(RemoteIP) AS geo_ip,
    RemoteIP,
    SignatureName,
    ntlm_msg_type_name(ntlm_msg_type(strcat(SigMatched, ' ', SamplePacket))) AS MsgType,
    tostring(ActionType) AS ActionType,
    RemotePort
  FROM inspected
  WHERE isnotempty(RemoteIP)
    AND (RemotePort IN (139, 445)
      OR LocalPort IN (139, 445)
      OR contains(SigMatched, '%FESMB')
      OR contains(SigMatched, '%FFSMB')
      OR contains(SigMatched, 'NTLMSSP')
      OR contains(SamplePacket, 'NTLMSSP'))
    AND NOT ipv4_is_private(RemoteIP)
    AND isnotempty(SignatureName)
)
SELECT
  DeviceName,
  LocalPort,
  InitiatingProcessFileName,
  geo_ip,
  RemoteIP,
  SignatureName,
  MsgType,
  ActionType,
  make_set(RemotePort) AS set_RemotePort,
  dcount(RemotePort) AS Distinct_ports,
  COUNT(*) AS count_
FROM smb_or_ntlm_to_public
WHERE isnotempty(geo_ip)
GROUP BY DeviceName, LocalPort, InitiatingProcessFileName, geo_ip, RemoteIP, SignatureName, MsgType, ActionType
-- Ties (which KQL leaves in no particular order) are broken by the grouping columns, so the
-- output is the same on every run.
ORDER BY Distinct_ports DESC, DeviceName, LocalPort, InitiatingProcessFileName, geo_ip, RemoteIP,
  SignatureName, MsgType, ActionType
