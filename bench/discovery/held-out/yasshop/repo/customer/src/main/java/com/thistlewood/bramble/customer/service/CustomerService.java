package com.thistlewood.bramble.customer.service;

import com.thistlewood.bramble.customer.config.KeycloakPropsConfig;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

@Service
public class CustomerService {

    public record CustomerVm(String id, String username, String email, String firstName, String lastName) {
        static CustomerVm from(UserRepresentation u) {
            return new CustomerVm(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(), u.getLastName());
        }
    }

    public record CustomerPostVm(String username, String email, String firstName, String lastName, String password) {
    }

    public record AddressVm(String contactName, String phone, String addressLine1, String city,
                            String zipCode, String countryCode) {
    }

    private final Keycloak keycloak;
    private final KeycloakPropsConfig props;
    private final JdbcClient jdbcClient;

    public CustomerService(Keycloak keycloak, KeycloakPropsConfig props, JdbcClient jdbcClient) {
        this.keycloak = keycloak;
        this.props = props;
        this.jdbcClient = jdbcClient;
    }

    private RealmResource realm() {
        return keycloak.realm(props.realm());
    }

    public List<CustomerVm> search(String query, int first, int max) {
        return realm().users().search(query, first, max).stream().map(CustomerVm::from).toList();
    }

    public CustomerVm getCustomer(String userId) {
        UserRepresentation user = realm().users().get(userId).toRepresentation();
        if (user == null) {
            throw new ResponseStatusException(NOT_FOUND, "Customer " + userId + " not found");
        }
        return CustomerVm.from(user);
    }

    public CustomerVm create(CustomerPostVm post) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setTemporary(false);
        credential.setValue(post.password());

        UserRepresentation user = new UserRepresentation();
        user.setUsername(post.username());
        user.setEmail(post.email());
        user.setFirstName(post.firstName());
        user.setLastName(post.lastName());
        user.setEnabled(true);
        user.setCredentials(Collections.singletonList(credential));
        user.setRealmRoles(List.of("CUSTOMER"));

        try (Response response = realm().users().create(user)) {
            if (response.getStatus() == 409) {
                throw new ResponseStatusException(CONFLICT, "Username or email already taken");
            }
        }
        return search(post.username(), 0, 1).get(0);
    }

    public AddressVm getDefaultAddress(String userId) {
        return jdbcClient.sql("""
                        SELECT contact_name, phone, address_line_1, city, zip_code, country_code
                        FROM user_address WHERE user_id = :userId AND is_default = true
                        """)
                .param("userId", userId)
                .query((rs, n) -> new AddressVm(rs.getString("contact_name"), rs.getString("phone"),
                        rs.getString("address_line_1"), rs.getString("city"), rs.getString("zip_code"),
                        rs.getString("country_code")))
                .optional()
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No default address"));
    }
}
