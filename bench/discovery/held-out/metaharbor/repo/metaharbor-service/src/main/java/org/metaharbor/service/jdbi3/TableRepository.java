package org.metaharbor.service.jdbi3;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.metaharbor.service.search.SearchRepository;

public class TableRepository {
  public static final String ENTITY_TYPE = "table";
  private final CollectionDAO.TableDAO dao;
  private final SearchRepository searchRepository;

  public TableRepository(CollectionDAO collectionDAO, SearchRepository searchRepository) {
    this.dao = collectionDAO.tableDAO();
    this.searchRepository = searchRepository;
  }

  public String getByName(String fqn) {
    return dao.findByFqnHash(hash(fqn));
  }

  public List<String> list(int limit, int offset) {
    return dao.listAfter(limit, offset);
  }

  public void create(String id, String fqn, String json) {
    dao.insert(hash(fqn), json);
    searchRepository.updateEntity(ENTITY_TYPE, id, json);
  }

  public void patch(String id, String json) {
    dao.update(id, json);
    searchRepository.updateEntity(ENTITY_TYPE, id, json);
  }

  static String hash(String fqn) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md.digest(fqn.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
