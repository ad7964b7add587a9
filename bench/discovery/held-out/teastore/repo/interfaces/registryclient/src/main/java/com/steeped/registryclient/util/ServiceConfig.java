package com.steeped.registryclient.util;

import java.net.InetAddress;
import java.net.UnknownHostException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Reads settings first from JNDI (java:comp/env, filled by start.sh into context.xml), then from
 * the process environment, then falls back to a default.
 */
public final class ServiceConfig {

  private ServiceConfig() {
  }

  public static String get(String jndiName, String envName, String fallback) {
    try {
      Object v = new InitialContext().lookup("java:comp/env/" + jndiName);
      if (v != null && !v.toString().isEmpty() && !v.toString().startsWith("%")) {
        return v.toString();
      }
    } catch (NamingException e) {
      // not running inside Tomcat (tests, CLI tools)
    }
    String env = System.getenv(envName);
    return env != null && !env.isEmpty() ? env : fallback;
  }

  public static String myHostName() {
    if (Boolean.parseBoolean(get("usePodIp", "USE_POD_IP", "false"))) {
      String ip = System.getenv("POD_IP");
      if (ip != null) {
        return ip;
      }
    }
    String configured = get("hostName", "HOST_NAME", "");
    if (!configured.isEmpty()) {
      return configured;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  public static int myPort() {
    return Integer.parseInt(get("servicePort", "SERVICE_PORT", "8080"));
  }
}
