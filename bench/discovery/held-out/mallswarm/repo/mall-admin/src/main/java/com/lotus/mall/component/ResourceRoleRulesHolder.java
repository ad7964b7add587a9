package com.lotus.mall.component;

import com.lotus.mall.service.impl.UmsResourceServiceImpl;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

/** Refreshes the gateway's permission rules on startup. */
@Component
public class ResourceRoleRulesHolder {
    private final UmsResourceServiceImpl resourceService;

    public ResourceRoleRulesHolder(UmsResourceServiceImpl resourceService) {
        this.resourceService = resourceService;
    }

    @PostConstruct
    public void initResourceRolesMap() {
        resourceService.initResourceRolesMap();
    }
}
