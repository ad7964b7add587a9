package com.coinbox.auth.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.List;

@Document(collection = "users")
public class User implements UserDetails {

	@Id
	private String username;

	private String password;

	@Override
	public String getPassword() { return password; }

	@Override
	public String getUsername() { return username; }

	public void setUsername(String username) { this.username = username; }

	public void setPassword(String password) { this.password = password; }

	@Override
	public List<GrantedAuthority> getAuthorities() { return null; }

	@Override
	public boolean isAccountNonExpired() { return true; }

	@Override
	public boolean isAccountNonLocked() { return true; }

	@Override
	public boolean isCredentialsNonExpired() { return true; }

	@Override
	public boolean isEnabled() { return true; }
}
