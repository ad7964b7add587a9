package org.apache.skywalking.showcase.services.song.mq;

import lombok.extern.slf4j.Slf4j;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

@Slf4j
@Component
public class SongMessageReceiver {

    @JmsListener(destination = "${songbook.request-queue}")
    public void onRequest(String message) {
        log.info("song request received: {}", message);
    }
}
