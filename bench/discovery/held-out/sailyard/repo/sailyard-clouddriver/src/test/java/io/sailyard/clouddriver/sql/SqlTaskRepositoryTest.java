package io.sailyard.clouddriver.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers
class SqlTaskRepositoryTest {

  @Container
  static final MySQLContainer<?> mysql =
      new MySQLContainer<>("mysql:8.0").withDatabaseName("clouddriver").withUsername("test").withPassword("test");

  @Test
  void tasksTableRoundTrip() throws Exception {
    try (Connection c = DriverManager.getConnection(mysql.getJdbcUrl(), "test", "test")) {
      c.createStatement().execute(
          "create table tasks (id varchar(255) primary key, request_id varchar(255), owner_id varchar(255), created_at bigint)");
      c.createStatement().execute(
          "insert into tasks values ('t-1', 'req-1', 'clouddriver@host', 1700000000000)");
      ResultSet rs = c.createStatement().executeQuery("select owner_id from tasks where id = 't-1'");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("clouddriver@host");
    }
  }
}
