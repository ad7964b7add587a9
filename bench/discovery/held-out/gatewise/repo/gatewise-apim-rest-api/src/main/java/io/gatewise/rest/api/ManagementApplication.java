package io.gatewise.rest.api;

import io.gatewise.rest.api.config.ManagementConfiguration;
import io.gatewise.rest.api.resource.ApisResource;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

public class ManagementApplication {

    public static void main(String[] args) throws Exception {
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext(ManagementConfiguration.class);
        int port = Integer.parseInt(ctx.getEnvironment().getProperty("jetty.port", "8083"));

        ResourceConfig resources = new ResourceConfig()
            .register(ctx.getBean(ApisResource.class))
            .property("jersey.config.server.wadl.disableWadl", true);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/management");
        context.addServlet(new ServletHolder(new ServletContainer(resources)), "/*");

        Server server = new Server(port);
        server.setHandler(context);
        server.start();
        server.join();
    }
}
