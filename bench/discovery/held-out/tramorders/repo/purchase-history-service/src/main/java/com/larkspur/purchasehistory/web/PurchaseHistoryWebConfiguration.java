package com.larkspur.purchasehistory.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

@Configuration
@ComponentScan
public class PurchaseHistoryWebConfiguration {
}
