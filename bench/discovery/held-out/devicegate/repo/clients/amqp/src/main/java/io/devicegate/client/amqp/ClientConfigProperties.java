package io.devicegate.client.amqp;

/** Connection properties of an AMQP 1.0 client, bound from e.g. {@code devicegate.registration.*}. */
public class ClientConfigProperties {

    private String host = "localhost";
    private int port = 5671;
    private String username;
    private String password;
    private String trustStorePath;
    private String serverRole = "unknown";

    public String getHost() { return host; }
    public void setHost(final String host) { this.host = host; }
    public int getPort() { return port; }
    public void setPort(final int port) { this.port = port; }
    public String getUsername() { return username; }
    public void setUsername(final String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(final String password) { this.password = password; }
    public String getTrustStorePath() { return trustStorePath; }
    public void setTrustStorePath(final String path) { this.trustStorePath = path; }
    public String getServerRole() { return serverRole; }
    public void setServerRole(final String role) { this.serverRole = role; }
}
