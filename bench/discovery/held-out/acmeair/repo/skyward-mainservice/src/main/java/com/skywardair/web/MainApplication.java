package com.skywardair.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Tiny REST surface next to the static UI: runtime info for the "About" page. */
@ApplicationPath("/rest")
public class MainApplication extends Application {
}
