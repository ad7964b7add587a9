package com.bayshore.customermanagement.interfaces.dtos;

import java.time.LocalDate;
import java.util.List;

public record CustomerDto(String customerId, CustomerProfileDto customerProfile, List<AddressDto> moveHistory) {

    public record CustomerProfileDto(String firstname, String lastname, LocalDate birthday,
                                     AddressDto currentAddress, String email, String phoneNumber) {}

    public record AddressDto(String streetAddress, String postalCode, String city) {}
}
