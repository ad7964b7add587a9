package com.widgetry.git.service;

import lombok.extern.slf4j.Slf4j;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.File;
import java.nio.file.Path;

/**
 * Git sync for applications. The remote URL (git@github.com:org/repo.git, a GitLab or
 * Bitbucket URL, a self-hosted server...) and the deploy key are supplied by the user
 * when they connect an application to Git, so the target is only known at runtime.
 */
@Slf4j
public class GitExecutorImpl {

    private final Path gitRootPath;

    public GitExecutorImpl(String gitRootPath) {
        this.gitRootPath = Path.of(gitRootPath);
    }

    private TransportConfigCallback sshTransport(String privateKey, String publicKey) {
        return transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(new SshdSessionFactoryBuilder()
                        .setHomeDirectory(new File(System.getProperty("user.home")))
                        .setSshDirectory(gitRootPath.resolve(".ssh").toFile())
                        .build(null));
            }
        };
    }

    public Mono<String> cloneApplication(
            Path repoSuffix, String remoteUrl, String privateKey, String publicKey) {
        return Mono.fromCallable(() -> {
                    log.info("Cloning remote repo for application {}", repoSuffix);
                    File target = gitRootPath.resolve(repoSuffix).toFile();
                    try (Git git = Git.cloneRepository()
                            .setURI(remoteUrl)
                            .setTransportConfigCallback(sshTransport(privateKey, publicKey))
                            .setDirectory(target)
                            .call()) {
                        return git.getRepository().getBranch();
                    }
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    public Mono<String> pushApplication(
            Path repoSuffix, String remoteUrl, String privateKey, String publicKey, String branch) {
        return Mono.fromCallable(() -> {
                    try (Git git = Git.open(gitRootPath.resolve(repoSuffix).toFile())) {
                        git.push()
                                .setRemote(remoteUrl)
                                .add(branch)
                                .setTransportConfigCallback(sshTransport(privateKey, publicKey))
                                .call();
                        return "pushed";
                    }
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    public Mono<Boolean> pullApplication(Path repoSuffix, String privateKey, String publicKey) {
        return Mono.fromCallable(() -> {
                    try (Git git = Git.open(gitRootPath.resolve(repoSuffix).toFile())) {
                        return git.pull()
                                .setTransportConfigCallback(sshTransport(privateKey, publicKey))
                                .call()
                                .isSuccessful();
                    }
                })
                .subscribeOn(Schedulers.boundedElastic());
    }
}
