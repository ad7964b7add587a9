package io.kestrel.workers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import io.maestroflow.client.worker.Worker;
import io.maestroflow.common.metadata.tasks.Task;
import io.maestroflow.common.metadata.tasks.TaskResult;

/** Polls "notify_customer" and sends the shipment confirmation e-mail via SMTP (SendGrid relay). */
@Component
public class NotifyCustomerWorker implements Worker {

    private final JavaMailSender mailSender;
    private final String from;

    public NotifyCustomerWorker(JavaMailSender mailSender,
                                @Value("${kestrel.notifications.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public String getTaskDefName() {
        return "notify_customer";
    }

    @Override
    public TaskResult execute(Task task) {
        TaskResult result = new TaskResult(task);
        String email = (String) task.getInputData().get("customerEmail");
        String tracking = (String) task.getInputData().get("trackingNumber");
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(email);
            message.setSubject("Your Kestrel order has shipped");
            message.setText("Good news! Your parcel is on its way. Tracking number: " + tracking);
            mailSender.send(message);
            result.setStatus(TaskResult.Status.COMPLETED);
        } catch (Exception e) {
            result.setStatus(TaskResult.Status.FAILED);
            result.setReasonForIncompletion("SMTP send failed: " + e.getMessage());
        }
        return result;
    }
}
