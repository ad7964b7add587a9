// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package ldap

import (
	"errors"
	"crypto/tls"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	goldap "github.com/go-ldap/ldap/v3"

	"github.com/quaymaster/quaymaster/src/common/models"
	"github.com/quaymaster/quaymaster/src/lib/log"
	"github.com/quaymaster/quaymaster/src/pkg/ldap/model"
)

// ErrNotFound ...
var ErrNotFound = errors.New("entity not found")

// Session - define a LDAP session
type Session struct {
	basicCfg models.LdapConf
	groupCfg models.GroupConf
	ldapConn *goldap.Conn
}

// NewSession create session with configs
func NewSession(basicCfg models.LdapConf, groupCfg models.GroupConf) *Session {
	return &Session{
		basicCfg: basicCfg,
		groupCfg: groupCfg,
	}
}

func formatURL(ldapURL string) (string, error) {
	var protocol, hostport string
	_, err := url.Parse(ldapURL)
	if err != nil {
		return "", fmt.Errorf("parse Ldap Host ERR: %s", err)
	}

	if strings.Contains(ldapURL, "://") {
		splitLdapURL := strings.Split(ldapURL, "://")
		protocol, hostport = splitLdapURL[0], splitLdapURL[1]
		if !((protocol == "ldap") || (protocol == "ldaps")) {
			return "", fmt.Errorf("unknown ldap protocol")
		}
	} else {
		hostport = ldapURL
		protocol = "ldap"
	}

	if strings.Contains(hostport, ":") {
		splitHostPort := strings.Split(hostport, ":")
		port, error := strconv.Atoi(splitHostPort[1])
		if error != nil {
			return "", fmt.Errorf("illegal url port")
		}
		if port == 636 {
			protocol = "ldaps"
		}
	} else {
		switch protocol {
		case "ldap":
			hostport = hostport + ":389"
		case "ldaps":
			hostport = hostport + ":636"
		}
	}

	fLdapURL := protocol + "://" + hostport
	return fLdapURL, nil
}

// Open - open Session, should invoke Close for each Open call
func (s *Session) Open() error {
	ldapURL, err := formatURL(s.basicCfg.URL)
	if err != nil {
		return err
	}
	splitLdapURL := strings.Split(ldapURL, "://")

	protocol, hostport := splitLdapURL[0], splitLdapURL[1]
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return err
	}
	connectionTimeout := s.basicCfg.ConnectionTimeout
	goldap.DefaultTimeout = time.Duration(connectionTimeout) * time.Second

	switch protocol {
	case "ldap":
		ldap, err := goldap.Dial("tcp", hostport)
		if err != nil {
			return err
		}
		s.ldapConn = ldap
	case "ldaps":
		log.Debug("Start to dial ldaps")
		ldap, err := goldap.DialTLS("tcp", hostport, &tls.Config{ServerName: host, InsecureSkipVerify: !s.basicCfg.VerifyCert})
		if err != nil {
			return err
		}
		s.ldapConn = ldap
	}

	return nil
}

// Bind with specified DN and password, used in authentication
func (s *Session) Bind(dn string, password string) error {
	return s.ldapConn.Bind(dn, password)
}

// SearchUser - search LDAP user by name
func (s *Session) SearchUser(username string) ([]model.User, error) {
	var ldapUsers []model.User
	ldapFilter, err := createUserSearchFilter(s.basicCfg.Filter, s.basicCfg.UID, username)
	if err != nil {
		return nil, err
	}

	result, err := s.SearchLdap(ldapFilter)
	if err != nil {
		return nil, err
	}

	for _, ldapEntry := range result.Entries {
		var u model.User
		u.DN = ldapEntry.DN
		for _, attr := range ldapEntry.Attributes {
			if len(attr.Values) == 0 {
				continue
			}
			switch strings.ToLower(attr.Name) {
			case strings.ToLower(s.basicCfg.UID):
				u.Username = attr.Values[0]
			case "mail", "email":
				u.Email = attr.Values[0]
			case "cn", "displayname":
				u.Realname = attr.Values[0]
			}
		}
		ldapUsers = append(ldapUsers, u)
	}

	return ldapUsers, nil
}

// SearchLdap to search ldap with the provide filter
func (s *Session) SearchLdap(filter string) (*goldap.SearchResult, error) {
	attributes := []string{"uid", "cn", "mail", "email", "memberof"}
	searchRequest := goldap.NewSearchRequest(
		s.basicCfg.BaseDn,
		s.basicCfg.Scope,
		goldap.NeverDerefAliases,
		0,     // Unlimited results
		0,     // Search Timeout
		false, // Types only
		filter,
		attributes,
		nil,
	)
	return s.ldapConn.SearchWithPaging(searchRequest, 1000)
}

// Close - close current session
func (s *Session) Close() {
	if s.ldapConn != nil {
		s.ldapConn.Close()
	}
}
