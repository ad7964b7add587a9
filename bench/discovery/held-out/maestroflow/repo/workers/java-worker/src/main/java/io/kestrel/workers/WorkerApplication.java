package io.kestrel.workers;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.maestroflow.client.automator.TaskRunnerConfigurer;
import io.maestroflow.client.http.TaskClient;
import io.maestroflow.client.worker.Worker;

@SpringBootApplication
public class WorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkerApplication.class, args);
    }

    @Bean
    public TaskClient taskClient(@Value("${maestroflow.client.root-uri}") String rootUri) {
        TaskClient taskClient = new TaskClient();
        taskClient.setRootURI(rootUri);
        return taskClient;
    }

    @Bean(initMethod = "init", destroyMethod = "shutdown")
    public TaskRunnerConfigurer taskRunnerConfigurer(TaskClient taskClient, List<Worker> workers,
                                                     @Value("${maestroflow.client.thread-count:10}") int threadCount) {
        return new TaskRunnerConfigurer.Builder(taskClient, workers)
                .withThreadCount(threadCount)
                .withWorkerNamePrefix("fulfillment-worker-")
                .build();
    }
}
