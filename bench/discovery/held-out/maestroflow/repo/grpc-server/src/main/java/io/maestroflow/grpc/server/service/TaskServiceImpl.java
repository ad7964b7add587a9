package io.maestroflow.grpc.server.service;

import org.springframework.stereotype.Service;

import io.grpc.stub.StreamObserver;
import io.maestroflow.core.model.TaskModel;
import io.maestroflow.grpc.TaskServiceGrpc;
import io.maestroflow.grpc.TaskServicePb;
import io.maestroflow.grpc.server.ProtoMapper;
import io.maestroflow.service.TaskService;

@Service("grpcTaskService")
public class TaskServiceImpl extends TaskServiceGrpc.TaskServiceImplBase {

    private final TaskService taskService;

    public TaskServiceImpl(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void poll(TaskServicePb.PollRequest req, StreamObserver<TaskServicePb.PollResponse> response) {
        TaskModel task = taskService.poll(req.getTaskType(), req.getWorkerId(), req.getDomain());
        TaskServicePb.PollResponse.Builder builder = TaskServicePb.PollResponse.newBuilder();
        if (task != null) {
            builder.setTask(ProtoMapper.toProto(task));
        }
        response.onNext(builder.build());
        response.onCompleted();
    }

    @Override
    public void updateTask(TaskServicePb.UpdateTaskRequest req,
                           StreamObserver<TaskServicePb.UpdateTaskResponse> response) {
        String taskId = taskService.updateTask(ProtoMapper.fromProto(req.getResult()));
        response.onNext(TaskServicePb.UpdateTaskResponse.newBuilder().setTaskId(taskId).build());
        response.onCompleted();
    }
}
