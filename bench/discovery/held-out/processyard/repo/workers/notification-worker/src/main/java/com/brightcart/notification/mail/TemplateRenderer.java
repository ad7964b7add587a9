package com.brightcart.notification.mail;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

@Component
public class TemplateRenderer {

    private final TemplateEngine engine;

    public TemplateRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public String render(String template, Map<String, Object> vars) {
        Context ctx = new Context();
        ctx.setVariables(vars);
        return engine.process(template, ctx);
    }
}
