package dev.huntsql.engine.generate;

/**
 * Fills a table's {@code InitiatingProcess*} columns from a running process, as Defender does
 * (the System process leaves most of them null); columns the table lacks are skipped.
 */
final class InitiatingProcessColumns {
  private final int sha1;
  private final int sha256;
  private final int md5;
  private final int fileName;
  private final int fileSize;
  private final int company;
  private final int product;
  private final int productVersion;
  private final int internalName;
  private final int originalName;
  private final int description;
  private final int id;
  private final int commandLine;
  private final int creationTime;
  private final int folderPath;
  private final int parentFileName;
  private final int parentId;
  private final int parentCreationTime;
  private final int accountDomain;
  private final int accountName;
  private final int accountSid;
  private final int accountUpn;
  private final int accountObjectId;
  private final int integrityLevel;
  private final int tokenElevation;
  private final int logonId;
  private final int signerType;
  private final int signatureStatus;
  private final int sessionId;
  private final int remoteSession;

  InitiatingProcessColumns(EventRow row) {
    sha1 = find(row, "SHA1");
    sha256 = find(row, "SHA256");
    md5 = find(row, "MD5");
    fileName = find(row, "FileName");
    fileSize = find(row, "FileSize");
    company = find(row, "VersionInfoCompanyName");
    product = find(row, "VersionInfoProductName");
    productVersion = find(row, "VersionInfoProductVersion");
    internalName = find(row, "VersionInfoInternalFileName");
    originalName = find(row, "VersionInfoOriginalFileName");
    description = find(row, "VersionInfoFileDescription");
    id = find(row, "Id");
    commandLine = find(row, "CommandLine");
    creationTime = find(row, "CreationTime");
    folderPath = find(row, "FolderPath");
    parentFileName = find(row, "ParentFileName");
    parentId = find(row, "ParentId");
    parentCreationTime = find(row, "ParentCreationTime");
    accountDomain = find(row, "AccountDomain");
    accountName = find(row, "AccountName");
    accountSid = find(row, "AccountSid");
    accountUpn = find(row, "AccountUpn");
    accountObjectId = find(row, "AccountObjectId");
    integrityLevel = find(row, "IntegrityLevel");
    tokenElevation = find(row, "TokenElevation");
    logonId = find(row, "LogonId");
    signerType = find(row, "SignerType");
    signatureStatus = find(row, "SignatureStatus");
    sessionId = find(row, "SessionId");
    remoteSession = index(row, "IsInitiatingProcessRemoteSession");
  }

  void fill(EventRow row, ProcessInstance process) {
    ProcessImage image = process.image();
    boolean system = image == ProcessImage.SYSTEM_PROCESS;
    set(row, sha1, image.sha1());
    set(row, sha256, image.sha256());
    set(row, md5, image.md5());
    set(row, fileName, image.fileName());
    if (!system) {
      number(row, fileSize, image.fileSize());
    }
    set(row, company, image.company());
    set(row, product, image.product());
    set(row, productVersion, image.productVersion());
    set(row, internalName, image.internalFileName());
    set(row, originalName, image.originalFileName());
    set(row, description, image.description());
    number(row, id, process.processId());
    set(row, commandLine, process.commandLine());
    set(row, creationTime, process.creationTime());
    set(row, folderPath, image.fullPath());
    set(row, parentFileName, image.parentFileName());
    number(row, parentId, system ? 0 : process.parentId());
    set(row, parentCreationTime, process.parentCreationTime());
    Account account = process.account();
    set(row, accountDomain, account.domain());
    set(row, accountName, account.name());
    set(row, accountSid, account.sid());
    set(row, accountUpn, account.upn());
    set(row, accountObjectId, account.objectId());
    set(row, integrityLevel, account.integrityLevel());
    set(row, tokenElevation, account.tokenElevation());
    number(row, logonId, process.logonId());
    if (!system) {
      set(row, signerType, "OsVendor");
      set(row, signatureStatus, "Valid");
    }
    if (process.sessionId() >= 0) {
      number(row, sessionId, process.sessionId());
      if (remoteSession >= 0) {
        row.bool(remoteSession, false);
      }
    }
  }

  private static int find(EventRow row, String suffix) {
    return index(row, "InitiatingProcess" + suffix);
  }

  private static int index(EventRow row, String name) {
    try {
      return row.column(name);
    } catch (IllegalArgumentException absent) {
      return -1;
    }
  }

  private static void set(EventRow row, int column, String value) {
    if (column >= 0) {
      row.string(column, value);
    }
  }

  private static void number(EventRow row, int column, long value) {
    if (column >= 0) {
      row.number(column, value);
    }
  }
}
