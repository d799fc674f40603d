package dev.huntsql.engine.generate;

/**
 * A process running on one device: its image, ids, times (already formatted) and account.
 *
 * @param sessionId the logon session, or -1 for services (Defender leaves it null)
 */
record ProcessInstance(ProcessImage image, long processId, String commandLine, String creationTime,
    long parentId, String parentCreationTime, Account account, long logonId, long sessionId) {}
