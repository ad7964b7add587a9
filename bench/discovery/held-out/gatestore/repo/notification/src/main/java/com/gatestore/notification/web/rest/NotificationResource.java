package com.gatestore.notification.web.rest;

import com.gatestore.notification.domain.Notification;
import com.gatestore.notification.repository.NotificationRepository;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tech.jhipster.web.util.PaginationUtil;
import tech.jhipster.web.util.ResponseUtil;

/**
 * REST controller for managing {@link Notification}.
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationResource {

    private final NotificationRepository notificationRepository;

    public NotificationResource(NotificationRepository notificationRepository) {
        this.notificationRepository = notificationRepository;
    }

    @GetMapping("")
    public ResponseEntity<List<Notification>> getAllNotifications(Pageable pageable) {
        Page<Notification> page = notificationRepository.findAll(pageable);
        var headers = PaginationUtil.generatePaginationHttpHeaders(ServletUriComponentsBuilder.fromCurrentRequest(), page);
        return ResponseEntity.ok().headers(headers).body(page.getContent());
    }

    @GetMapping("/{id}")
    public ResponseEntity<Notification> getNotification(@PathVariable("id") String id) {
        return ResponseUtil.wrapOrNotFound(notificationRepository.findById(id));
    }

    /** Used only by the store's legacy NotificationClient (disabled in prod). */
    @PostMapping("")
    public Notification createNotification(@RequestBody Notification notification) {
        return notificationRepository.save(notification);
    }
}
