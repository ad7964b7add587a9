package io.hearthmart.shipping.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * Envelope for everything that travels over the shared "hearthmart" topic.
 * The {@code type} field tells consumers what is inside {@code data}.
 */
public class Message<T> {

  private String type;
  private String id = UUID.randomUUID().toString();
  private String source = "shipping";
  private Instant time = Instant.now();
  private T data;
  private String datacontenttype = "application/json";
  private String specversion = "1.0";

  private String traceid = UUID.randomUUID().toString();
  private String correlationid;
  private String group = "hearthmart";

  public Message() {
  }

  public Message(String type, T payload) {
    this.type = type;
    this.data = payload;
  }

  public Message(String type, String traceid, T payload) {
    this(type, payload);
    this.traceid = traceid;
  }

  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public Instant getTime() { return time; }
  public void setTime(Instant time) { this.time = time; }
  public T getData() { return data; }
  public void setData(T data) { this.data = data; }
  public String getDatacontenttype() { return datacontenttype; }
  public void setDatacontenttype(String d) { this.datacontenttype = d; }
  public String getSpecversion() { return specversion; }
  public void setSpecversion(String specversion) { this.specversion = specversion; }
  public String getTraceid() { return traceid; }
  public void setTraceid(String traceid) { this.traceid = traceid; }
  public String getCorrelationid() { return correlationid; }
  public Message<T> setCorrelationid(String correlationid) { this.correlationid = correlationid; return this; }
  public String getGroup() { return group; }
  public void setGroup(String group) { this.group = group; }

  @Override
  public String toString() {
    return "Message [type=" + type + ", id=" + id + ", traceid=" + traceid + ", correlationid=" + correlationid + "]";
  }
}
