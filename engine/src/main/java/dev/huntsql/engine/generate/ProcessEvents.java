package dev.huntsql.engine.generate;

import java.util.SplittableRandom;

/** DeviceProcessEvents: ProcessCreated events of plausible parent/child pairs on the fleet's devices. */
final class ProcessEvents implements TableGenerator {
  /** Parent image, then the images it starts. */
  private static final String[][] TREES = {
      {"explorer.exe", "msedge.exe", "chrome.exe", "outlook.exe", "ms-teams.exe", "cmd.exe", "powershell.exe",
          "mstsc.exe", "onedrive.exe"},
      {"cmd.exe", "net.exe", "curl.exe", "certutil.exe", "powershell.exe"},
      {"powershell.exe", "ssh.exe", "net.exe", "cmd.exe", "curl.exe", "rundll32.exe"},
      {"services.exe", "svchost.exe", "msmpeng.exe", "mssense.exe", "sqlservr.exe"},
      {"svchost.exe", "w3wp.exe", "rundll32.exe", "mssense.exe"},
      {"msedge.exe", "msedge.exe"},
      {"chrome.exe", "chrome.exe"},
      {"outlook.exe", "msedge.exe"}};
  private static final int[] TREE_WEIGHTS = {30, 8, 6, 20, 10, 14, 8, 4};

  private final Fleet fleet;
  private final EventClock clock;
  private final SplittableRandom random;
  private final TimestampText times = new TimestampText();
  private final InitiatingProcessColumns initiating;
  private final ProcessImage[][] trees = new ProcessImage[TREES.length][];
  private final int timestamp;
  private final int deviceId;
  private final int deviceName;
  private final int actionType;
  private final int fileName;
  private final int folderPath;
  private final int sha1;
  private final int sha256;
  private final int md5;
  private final int fileSize;
  private final int[] versionInfo = new int[6];
  private final int processId;
  private final int commandLine;
  private final int integrity;
  private final int elevation;
  private final int creationTime;
  private final int[] account = new int[5];
  private final int logonId;
  private final int reportId;
  private final int appGuard;
  private final int sessionId;
  private final int remoteSession;

  ProcessEvents(EventRow row, Fleet fleet, EventClock clock, SplittableRandom random) {
    this.fleet = fleet;
    this.clock = clock;
    this.random = random;
    this.initiating = new InitiatingProcessColumns(row);
    for (int i = 0; i < TREES.length; i++) {
      trees[i] = new ProcessImage[TREES[i].length];
      for (int j = 0; j < TREES[i].length; j++) {
        trees[i][j] = ProcessImage.named(TREES[i][j]);
      }
    }
    timestamp = row.column("Timestamp");
    deviceId = row.column("DeviceId");
    deviceName = row.column("DeviceName");
    actionType = row.column("ActionType");
    fileName = row.column("FileName");
    folderPath = row.column("FolderPath");
    sha1 = row.column("SHA1");
    sha256 = row.column("SHA256");
    md5 = row.column("MD5");
    fileSize = row.column("FileSize");
    String[] info = {"CompanyName", "ProductName", "ProductVersion", "InternalFileName", "OriginalFileName",
        "FileDescription"};
    for (int i = 0; i < info.length; i++) {
      versionInfo[i] = row.column("ProcessVersionInfo" + info[i]);
    }
    processId = row.column("ProcessId");
    commandLine = row.column("ProcessCommandLine");
    integrity = row.column("ProcessIntegrityLevel");
    elevation = row.column("ProcessTokenElevation");
    creationTime = row.column("ProcessCreationTime");
    String[] accountColumns = {"AccountDomain", "AccountName", "AccountSid", "AccountUpn", "AccountObjectId"};
    for (int i = 0; i < accountColumns.length; i++) {
      account[i] = row.column(accountColumns[i]);
    }
    logonId = row.column("LogonId");
    reportId = row.column("ReportId");
    appGuard = row.column("AppGuardContainerId");
    sessionId = row.column("CreatedProcessSessionId");
    remoteSession = row.column("IsProcessRemoteSession");
  }

  @Override
  public void next(EventRow row) {
    clock.next(random);
    Device device;
    ProcessImage[] tree;
    ProcessInstance parent;
    do {
      device = fleet.any(random);
      tree = trees[tree()];
      parent = device.processes()[tree[0].ordinal()];
    } while (parent == null);
    ProcessImage child = tree[1 + random.nextInt(tree.length - 1)];
    row.time(timestamp, clock.second(), clock.ticks());
    row.string(deviceId, device.id());
    row.string(deviceName, device.name());
    row.string(actionType, "ProcessCreated");
    row.string(fileName, child.fileName());
    row.string(folderPath, child.fullPath());
    row.string(sha1, child.sha1());
    row.string(sha256, child.sha256());
    row.string(md5, child.md5());
    row.number(fileSize, child.fileSize());
    String[] info = {child.company(), child.product(), child.productVersion(), child.internalFileName(),
        child.originalFileName(), child.description()};
    for (int i = 0; i < info.length; i++) {
      row.string(versionInfo[i], info[i]);
    }
    row.number(processId, 4L * random.nextInt(100, 16000));
    row.string(commandLine, child.commandLines()[random.nextInt(child.commandLines().length)]);
    Account runAs = parent.account();
    row.string(integrity, runAs.integrityLevel());
    row.string(elevation, runAs.tokenElevation());
    row.string(creationTime, times.toString(clock.second(), clock.ticks()));
    String[] accountValues = {runAs.domain(), runAs.name(), runAs.sid(), runAs.upn(), runAs.objectId()};
    for (int i = 0; i < accountValues.length; i++) {
      row.string(account[i], accountValues[i]);
    }
    row.number(logonId, parent.logonId());
    initiating.fill(row, parent);
    row.number(reportId, device.nextReportId());
    row.string(appGuard, "");
    if (parent.sessionId() >= 0) {
      row.number(sessionId, parent.sessionId());
      row.bool(remoteSession, false);
    }
  }

  private int tree() {
    int r = random.nextInt(100);
    for (int i = 0; i < TREE_WEIGHTS.length; i++) {
      r -= TREE_WEIGHTS[i];
      if (r < 0) {
        return i;
      }
    }
    return 0;
  }
}
