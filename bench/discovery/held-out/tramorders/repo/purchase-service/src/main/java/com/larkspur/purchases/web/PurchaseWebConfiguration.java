package com.larkspur.purchases.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

@Configuration
@ComponentScan
public class PurchaseWebConfiguration {
}
