package com.widgetry.external.models;

import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@NoArgsConstructor
public class ActionExecutionResult {
    private String statusCode;
    private Object body;
    private Boolean isExecutionSuccess = false;
    private String readableError;
}
