package com.railwaygo.user;

import com.railwaygo.common.util.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.http.HttpEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@Service
public class UserServiceImpl {

    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);
    private static final String AUTH_SERVICE_URI = "http://ts-auth-service:12340/api/v1";

    private final UserRepository userRepository;
    private final RestTemplate restTemplate;

    public UserServiceImpl(UserRepository userRepository, RestTemplate restTemplate) {
        this.userRepository = userRepository;
        this.restTemplate = restTemplate;
    }

    public Response<User> register(User user, String password) {
        if (userRepository.findByUserName(user.getUserName()) != null) {
            return Response.fail("User already exists");
        }
        user.setUserId(UUID.randomUUID().toString());
        User saved = userRepository.save(user);

        Map<String, String> authDto = new HashMap<>();
        authDto.put("userId", saved.getUserId());
        authDto.put("userName", saved.getUserName());
        authDto.put("password", password);
        LOG.info("[register] creating auth user for {}", saved.getUserName());
        restTemplate.postForObject(AUTH_SERVICE_URI + "/auth", new HttpEntity<>(authDto), Response.class);
        return Response.ok("REGISTER USER SUCCESS", saved);
    }

    public Response<User> findByUserName(String userName) {
        User u = userRepository.findByUserName(userName);
        return u == null ? Response.fail("No User") : Response.ok("Find User Success", u);
    }

    public Response<String> delete(String userId) {
        restTemplate.delete(AUTH_SERVICE_URI + "/users/" + userId);
        userRepository.deleteById(userId);
        return Response.ok("DELETE SUCCESS", userId);
    }

    public interface UserRepository extends MongoRepository<User, String> {
        User findByUserName(String userName);
    }

    @Document(collection = "user")
    public static class User {
        @Id
        private String userId;
        private String userName;
        private String email;
        private String documentNum;

        public String getUserId() { return userId; }
        public void setUserId(String userId) { this.userId = userId; }
        public String getUserName() { return userName; }
        public void setUserName(String userName) { this.userName = userName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getDocumentNum() { return documentNum; }
        public void setDocumentNum(String documentNum) { this.documentNum = documentNum; }
    }
}
