package com.bayshore.customermanagement.interfaces.dtos;

import java.util.List;

public record CustomersDto(String filter, int limit, int offset, int size, List<CustomerDto> customers) {}
