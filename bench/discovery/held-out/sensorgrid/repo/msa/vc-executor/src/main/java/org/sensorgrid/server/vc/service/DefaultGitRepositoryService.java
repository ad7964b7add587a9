/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.vc.service;

import lombok.extern.slf4j.Slf4j;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.sensorgrid.server.common.data.id.TenantId;
import org.sensorgrid.server.common.data.sync.vc.RepositorySettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clones, commits and pushes tenant entity exports. The remote repository URI, branch and
 * credentials are the tenant's "Repository settings" sent by sg-core inside each queue message.
 */
@Slf4j
@Service
public class DefaultGitRepositoryService implements GitRepositoryService {

    @Value("${java.io.tmpdir}/repositories")
    private String defaultFolder;

    @Value("${vc.git.repositories-folder:${java.io.tmpdir}/repositories}")
    private String repositoriesFolder;

    private final Map<TenantId, Git> repositories = new ConcurrentHashMap<>();

    @Override
    public void initRepository(TenantId tenantId, RepositorySettings settings) throws Exception {
        File directory = new File(repositoriesFolder, tenantId.getId().toString());
        Git git = Git.cloneRepository()
                .setURI(settings.getRepositoryUri())
                .setDirectory(directory)
                .setBranch(settings.getDefaultBranch())
                .setCredentialsProvider(new UsernamePasswordCredentialsProvider(settings.getUsername(), settings.getPassword()))
                .call();
        repositories.put(tenantId, git);
    }

    @Override
    public void push(TenantId tenantId, RepositorySettings settings) throws Exception {
        Git git = repositories.get(tenantId);
        git.push()
                .setCredentialsProvider(new UsernamePasswordCredentialsProvider(settings.getUsername(), settings.getPassword()))
                .call();
    }
}
