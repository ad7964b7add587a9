package com.widgetry.server.domains;

import lombok.Data;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

@Data
@Document("application")
public class Application {
    @Id
    private String id;
    private String name;
    private String workspaceId;
    private List<String> pageIds;
    private GitArtifactMetadata gitArtifactMetadata;

    @CreatedDate
    private Instant createdAt;

    @LastModifiedDate
    private Instant updatedAt;

    @Data
    public static class GitArtifactMetadata {
        private String remoteUrl;
        private String branchName;
        private String defaultBranchName;
    }
}
